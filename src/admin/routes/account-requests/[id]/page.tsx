import { Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { CopyActivationLink } from "../../../components/account-request/activation-link"
import { Decision } from "../../../components/account-request/decision"
import { EmailDeliveryBanner } from "../../../components/email-delivery-banner"
import { PossibleDuplicates } from "../../../components/possible-duplicates"
import { PageState, queryState } from "../../../components/page-state"
import { Field, Section } from "../../../components/section"
import { Status } from "../../../components/status"
import { retrieveAccountRequest, useAccountRequest } from "../../../lib/queries/account-requests"
import { useSalesChannelName } from "../../../lib/queries/medusa"
import { countryName, dash, formatAddress, formatDateTime, personName } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import { recordBreadcrumb } from "../../../lib/breadcrumb"

const AccountRequestPage = () => {
  const { id } = useParams()
  const { t } = useT()
  const query = useAccountRequest(id!)
  const data = query.data
  // Errors the server gave for a field of the request (e.g. a VAT number that fails today's check).
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  if (!data) return <PageState {...queryState(query)} />
  const request = data.account_request
  const withError = (field: string, value: ReactNode) => (
    <>
      {value}
      {fieldErrors[field] && (
        // A span: Field's value sits in a paragraph.
        <span className="text-ui-fg-error block" role="alert" data-testid={`error-${field}`}>
          {fieldErrors[field]}
        </span>
      )}
    </>
  )
  return (
    <div className="flex flex-col gap-y-3">
      <EmailDeliveryBanner />
      {request.status === "pending" && <PossibleDuplicates organizations={request.possible_duplicates} />}
      <Section
        testId="account-request"
        title={request.company_name}
        subtitle={t("requests.receivedAt", { date: formatDateTime(request.created_at) })}
        actions={
          <>
            <Status value={request.status} />
            <Decision request={request} onFieldErrors={setFieldErrors} />
          </>
        }
      >
        <Field label={t("organization.vatNumber")}>{withError("vat_number", request.vat_number)}</Field>
        <Field label={t("organization.registrationNumber")}>{withError("registration_number", request.registration_number)}</Field>
        <Field label={t("organization.country")}>{withError("country_code", countryName(request.country_code))}</Field>
        <div className="px-6 py-3">
          <Text size="xsmall" className="text-ui-fg-muted">{t("requests.checks")}</Text>
        </div>
        <Field label={t("requests.address")}>
          {formatAddress(request.address)}
        </Field>
      </Section>
      <Section title={t("requests.contact")}>
        <Field label={t("requests.name")}>{personName(request)}</Field>
        <Field label={t("members.email")}>{withError("email", request.email)}</Field>
        <Field label={t("requests.phone")}>{request.phone ?? dash}</Field>
        <Field label={t("requests.salesChannel")}>
          {request.sales_channel_id ? (
            <Link className="text-ui-fg-interactive hover:underline" to={`/settings/sales-channels/${request.sales_channel_id}`}>
              <SalesChannelName id={request.sales_channel_id} />
            </Link>
          ) : (
            dash
          )}
        </Field>
      </Section>
      {request.status !== "pending" && (
        <Section title={t("requests.decision")} testId="account-request-decision">
          <Field label={t("requests.status")}>{t(`status.${request.status}`)}</Field>
          <Field label={t("requests.decidedAt")}>{formatDateTime(request.decided_at)}</Field>
          {request.reason && <Field label={t("requests.reason")}>{request.reason}</Field>}
          {request.status === "approved" && (
            <Field label={t("requests.activation")}>
              {request.activated_at ? (
                t("requests.activatedAt", { date: formatDateTime(request.activated_at) })
              ) : (
                <>
                  {request.activation_expires_at
                    ? t("requests.activationPending", { date: formatDateTime(request.activation_expires_at) })
                    : dash}
                  {/* Until the link is used, the merchant can always make one to pass on by hand. */}
                  {request.organization_id && <CopyActivationLink request={request} />}
                </>
              )}
            </Field>
          )}
          {request.organization_id && (
            <Field label={t("requests.organization")}>
              <Link className="text-ui-fg-interactive hover:underline" to={`/organizations/${request.organization_id}`}>
                {t("requests.openOrganization")}
              </Link>
            </Field>
          )}
          {request.customer_id && (
            <Field label={t("requests.customer")}>
              <Link className="text-ui-fg-interactive hover:underline" to={`/customers/${request.customer_id}`}>
                {t("requests.openCustomer")}
              </Link>
            </Field>
          )}
        </Section>
      )}
    </div>
  )
}

/** The channel's name, or its id while loading or when it is gone. */
function SalesChannelName({ id }: { id: string }) {
  const { data } = useSalesChannelName(id)
  return <>{data?.sales_channel.name ?? id}</>
}

const breadcrumb = recordBreadcrumb(async (id) => (await retrieveAccountRequest(id, { fields: "id,company_name" })).account_request.company_name)
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default AccountRequestPage
