import { Link, useNavigate } from "react-router-dom"
import { DataList, usePage, type Column } from "../data-list"
import { queryState } from "../page-state"
import { Section } from "../section"
import { OrderStatus } from "../status"
import { useOrganizationOrders } from "../../lib/queries/orders"
import { dash, formatDate, formatMoney, personName } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { OrganizationOrderEntry } from "../../lib/types"

/** One entry as the table shows it. */
function orderOf(entry: OrganizationOrderEntry) {
  return {
    id: entry.id,
    displayId: entry.display_id,
    payment: entry.payment_status,
    fulfillment: entry.fulfillment_status,
    location: entry.location?.label ?? null,
    placedBy: entry.member ? personName(entry.member) : null,
    entry,
  }
}
type Row = ReturnType<typeof orderOf>

/** Orders placed for the organization, newest first; each opens Medusa's own order page. */
export function OrdersSection({ organizationId }: { organizationId: string }) {
  const { t } = useT()
  const navigate = useNavigate()
  const page = usePage(10)
  const list = useOrganizationOrders(organizationId, page.query)
  const rows = list.data?.orders.map(orderOf)
  const columns: Column<Row>[] = [
    {
      key: "order",
      header: t("orders.order"),
      cell: (o) => (
        <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive hover:underline" onClick={(e) => e.stopPropagation()}>
          {o.displayId ? `#${o.displayId}` : o.id}
        </Link>
      ),
    },
    { key: "date", header: t("orders.date"), cell: (o) => formatDate(o.entry.created_at) },
    { key: "placedBy", header: t("widgets.placedBy"), cell: (o) => o.placedBy ?? dash },
    { key: "location", header: t("widgets.location"), cell: (o) => o.location ?? dash },
    { key: "payment", header: t("orders.payment"), cell: (o) => <OrderStatus kind="payment" value={o.payment} /> },
    { key: "fulfillment", header: t("orders.fulfillment"), cell: (o) => <OrderStatus kind="fulfillment" value={o.fulfillment} /> },
    { key: "total", header: t("orders.total"), className: "text-right", cell: (o) => formatMoney(o.entry.total, o.entry.currency_code) },
  ]
  return (
    <Section testId="organization-orders" title={t("orders.title")}>
      <DataList
        columns={columns}
        rows={rows}
        {...queryState(list)}
        empty={{ title: t("orders.emptyTitle"), message: t("orders.empty") }}
        onRowClick={(o) => navigate(`/orders/${o.id}`)}
        pagination={page.pagination(list.data?.count)}
      />
    </Section>
  )
}
