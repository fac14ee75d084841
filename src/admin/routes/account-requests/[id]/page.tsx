import { Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { Decision } from "../../../components/account-request/decision"
import { PageState } from "../../../components/page-state"
import { Field, Section } from "../../../components/section"
import { Status } from "../../../components/status"
import { useApiQuery } from "../../../lib/api"
import { dash, formatAddress, formatDate, personName } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import type { AccountRequest } from "../../../lib/types"
import { recordBreadcrumb } from "../../../lib/breadcrumb"

const AccountRequestPage = () => {
  const { id } = useParams()
  const { t, language } = useT()
  const { data, isLoading, error } = useApiQuery<{ account_request: AccountRequest }>(`/admin/account-requests/${id}`)
  if (!data) return <PageState isLoading={isLoading} error={error} />
  const request = data.account_request
  return (
    <div className="flex flex-col gap-y-3">
      <Section
        testId="account-request"
        title={request.company_name}
        subtitle={t("requests.receivedAt", { date: formatDate(request.created_at, language) })}
        actions={
          <>
            <Status value={request.status} />
            <Decision request={request} />
          </>
        }
      >
        <Field label={t("organization.vatNumber")}>{request.vat_number}</Field>
        <Field label={t("organization.registrationNumber")}>{request.registration_number}</Field>
        <Field label={t("organization.country")}>{request.country_code.toUpperCase()}</Field>
        <div className="px-6 py-3">
          <Text size="xsmall" className="text-ui-fg-muted">{t("requests.checks")}</Text>
        </div>
        <Field label={t("requests.address")}>
          {formatAddress(request.address)}
        </Field>
      </Section>
      <Section title={t("requests.contact")}>
        <Field label={t("requests.name")}>{personName(request)}</Field>
        <Field label={t("members.email")}>{request.email}</Field>
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
          <Field label={t("requests.decidedAt")}>{formatDate(request.decided_at, language)}</Field>
          {request.reason && <Field label={t("requests.reason")}>{request.reason}</Field>}
          {request.status === "approved" && (
            <Field label={t("requests.activation")}>
              {request.activated_at
                ? t("requests.activatedAt", { date: formatDate(request.activated_at, language) })
                : request.activation_expires_at
                  ? t("requests.activationPending", { date: formatDate(request.activation_expires_at, language) })
                  : dash}
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
  const { data } = useApiQuery<{ sales_channel: { name: string } }>(`/admin/sales-channels/${id}`, { fields: "id,name" })
  return <>{data?.sales_channel.name ?? id}</>
}

const breadcrumb = recordBreadcrumb((id) => `/admin/account-requests/${id}?fields=id,company_name`, "account_request", (r) => r.company_name)
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default AccountRequestPage
