import { Link, useNavigate } from "react-router-dom"
import { DataList, useListState, type Column } from "../data-list"
import { ListFilter } from "../list-filter"
import { queryState } from "../page-state"
import { Section } from "../section"
import { Status } from "../status"
import { filterValue } from "../list-filter"
import { useApprovals } from "../../lib/queries/approvals"
import { formatDateTime, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { Approval } from "../../lib/types"
import { useNames } from "./use-names"
import { APPROVAL_STATUSES } from "../../../lib/constants"


/** Approval requests, newest first, filtered by status; of one organization when given. */
export function ApprovalsTable({ organizationId, title, subtitle }: { organizationId?: string; title: string; subtitle?: string }) {
  const { t } = useT()
  const navigate = useNavigate()
  const { page, filter: status, setFilter: setStatus } = useListState("all", organizationId ? 10 : 20)
  const list = useApprovals({
    ...page.query,
    status: filterValue(status),
    organization_id: organizationId,
  })
  const data = list.data
  const rows = data?.approvals
  const names = useNames(rows?.map((a) => a.organization_id) ?? [], rows?.flatMap((a) => (a.requester_customer_id ? [a.requester_customer_id] : [])) ?? [])

  const columns: Column<Approval>[] = [
    { key: "created", header: t("approvals.requested"), cell: (a) => formatDateTime(a.created_at) },
    ...(organizationId
      ? []
      : [
          {
            key: "organization",
            header: t("widgets.organization"),
            cell: (a: Approval) => (
              <Link to={`/organizations/${a.organization_id}`} onClick={(e) => e.stopPropagation()} className="text-ui-fg-interactive hover:underline">
                {names.organization(a.organization_id)}
              </Link>
            ),
          },
        ]),
    { key: "requester", header: t("approvals.requester"), cell: (a) => (a.requester_customer_id ? names.customer(a.requester_customer_id) : "—") },
    { key: "total", header: t("orders.total"), cell: (a) => formatMoney(a.total, a.currency_code) },
    { key: "status", header: t("requests.status"), cell: (a) => <Status value={a.status} /> },
  ]

  return (
    <Section
      testId="approvals-table"
      title={title}
      subtitle={subtitle}
      actions={<ListFilter label={t("requests.status")} value={status} values={APPROVAL_STATUSES} onChange={setStatus} testId="approval-status-filter" />}
    >
      <DataList
        columns={columns}
        rows={rows}
        {...queryState(list)}
        empty={{ filtered: status !== "all", message: t("approvals.empty") }}
        onRowClick={(a) => navigate(`/approvals/${a.id}`)}
        pagination={page.pagination(data?.count)}
      />
    </Section>
  )
}
