import { Link, useParams } from "react-router-dom"
import { ApprovalCartSection } from "../../../components/approval/approval-cart-section"
import { ApprovalDecision } from "../../../components/approval/approval-decision"
import { useNames } from "../../../components/approval/use-names"
import { EmailDeliveryBanner } from "../../../components/email-delivery-banner"
import { PageState, queryState } from "../../../components/page-state"
import { Field, Section } from "../../../components/section"
import { Status } from "../../../components/status"
import { retrieveApproval, useApproval } from "../../../lib/queries/approvals"
import { recordBreadcrumb } from "../../../lib/breadcrumb"
import { dash, formatDateTime, formatMoney, personName } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import type { ApprovalDetail, ApprovalPerson } from "../../../lib/types"

const linkClass = "text-ui-fg-interactive hover:underline"

/** Name, else e-mail, of a requester or decider (either may be gone: null fields). */
const nameOf = (person: ApprovalPerson) =>
  personName({ first_name: person.first_name, last_name: person.last_name, email: person.email ?? undefined })

const ApprovalPage = () => {
  const { id } = useParams()
  const { t } = useT()
  const query = useApproval(id!)
  const data = query.data
  const approval = data?.approval
  const names = useNames(approval ? [approval.organization_id] : [], [])
  if (!approval) return <PageState {...queryState(query)} />
  const requester = approval.requester
  const decider = approval.decider
  return (
    <div className="flex flex-col gap-y-3">
      <EmailDeliveryBanner />
      <Section
        testId="approval"
        title={t("approvals.one", { total: formatMoney(approval.total, approval.currency_code) })}
        subtitle={t("requests.receivedAt", { date: formatDateTime(approval.created_at) })}
        actions={
          <>
            <Status value={approval.status} />
            <ApprovalDecision approval={approval} />
          </>
        }
      >
        <Field label={t("widgets.organization")}>
          <Link className={linkClass} to={`/organizations/${approval.organization_id}`}>
            {names.organization(approval.organization_id)}
          </Link>
        </Field>
        <Field label={t("approvals.requester")}>
          <Link className={linkClass} to={`/customers/${approval.requester_customer_id}`} data-testid="approval-requester">
            {requester ? nameOf(requester) : approval.requester_customer_id}
          </Link>
          {requester?.email && nameOf(requester) !== requester.email && (
            <span className="text-ui-fg-subtle"> · {requester.email}</span>
          )}
        </Field>
        <Field label={t("approvals.reasons")}>{approval.reasons?.length ? approval.reasons.join("; ") : dash}</Field>
        <Field label={t("approvals.decidedBy")}>
          <span data-testid="approval-decider">{decider ? deciderText(t, decider) : dash}</span>
        </Field>
        <Field label={t("requests.decidedAt")}>{formatDateTime(approval.decided_at)}</Field>
        <Field label={t("approvals.comment")}>{approval.comment ?? dash}</Field>
        <Field label={t("orders.order")}>
          {approval.order_id ? (
            <Link className={linkClass} to={`/orders/${approval.order_id}`}>
              {t("approvals.openOrder")}
            </Link>
          ) : (
            dash
          )}
        </Field>
      </Section>
      <ApprovalCartSection cart={approval.cart} changed={approval.cart_changed} />
    </div>
  )
}

/** "Ada Admin (shop admin)" or "Olga Owner (organization member)", with the e-mail when there is no name. */
function deciderText(t: ReturnType<typeof useT>["t"], decider: NonNullable<ApprovalDetail["decider"]>) {
  const name = nameOf(decider)
  return decider.type === "merchant" ? t("approvals.decidedByMerchant", { name }) : t("approvals.decidedByMember", { name })
}

const breadcrumb = recordBreadcrumb(async (id) => {
  const { approval } = await retrieveApproval(id, { fields: "id,total,currency_code" })
  return formatMoney(approval.total, approval.currency_code)
})
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default ApprovalPage
