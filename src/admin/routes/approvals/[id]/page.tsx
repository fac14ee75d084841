import { Link, useParams } from "react-router-dom"
import { useNames } from "../../../components/approval/use-names"
import { PageState } from "../../../components/page-state"
import { Field, Section } from "../../../components/section"
import { Status } from "../../../components/status"
import { useApiQuery } from "../../../lib/api"
import { recordBreadcrumb } from "../../../lib/breadcrumb"
import { dash, formatDate, formatMoney } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import type { Approval } from "../../../lib/types"

const linkClass = "text-ui-fg-interactive hover:underline"

const ApprovalPage = () => {
  const { id } = useParams()
  const { t, language } = useT()
  const { data, isLoading, error } = useApiQuery<{ approval: Approval }>(`/admin/approvals/${id}`)
  const approval = data?.approval
  const names = useNames(approval ? [approval.organization_id] : [], approval ? [approval.requester_customer_id] : [])
  if (!approval) return <PageState isLoading={isLoading} error={error} />
  return (
    <div className="flex flex-col gap-y-3">
      <Section
        testId="approval"
        title={t("approvals.one", { total: formatMoney(approval.total, approval.currency_code, language) })}
        subtitle={t("requests.receivedAt", { date: formatDate(approval.created_at, language) })}
        actions={<Status value={approval.status} />}
      >
        <Field label={t("widgets.organization")}>
          <Link className={linkClass} to={`/organizations/${approval.organization_id}`}>
            {names.organization(approval.organization_id)}
          </Link>
        </Field>
        <Field label={t("approvals.requester")}>
          <Link className={linkClass} to={`/customers/${approval.requester_customer_id}`}>
            {names.customer(approval.requester_customer_id)}
          </Link>
        </Field>
        <Field label={t("approvals.reasons")}>{approval.reasons?.length ? approval.reasons.join("; ") : dash}</Field>
        <Field label={t("approvals.cart")}>{approval.cart_id}</Field>
        <Field label={t("requests.decidedAt")}>{formatDate(approval.decided_at, language)}</Field>
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
    </div>
  )
}

const breadcrumb = recordBreadcrumb((id) => `/admin/approvals/${id}?fields=id,total,currency_code`, "approval", (a) => `${a.total} ${a.currency_code.toUpperCase()}`)
export const loader = breadcrumb.loader
export const handle = breadcrumb.handle

export default ApprovalPage
