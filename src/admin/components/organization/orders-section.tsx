import { Link } from "react-router-dom"
import { DataList, usePage, type Column } from "../data-list"
import { Section } from "../section"
import { useApiQuery } from "../../lib/api"
import { dash, formatDate, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { OrganizationOrder, Page } from "../../lib/types"

/** Orders placed for the organization, newest first; each opens Medusa's own order page. */
export function OrdersSection({ organizationId }: { organizationId: string }) {
  const { t, language } = useT()
  const page = usePage(10)
  const { data, isLoading } = useApiQuery<Page & { orders: OrganizationOrder[] }>(
    `/admin/organizations/${organizationId}/orders`,
    page.query
  )
  const columns: Column<OrganizationOrder>[] = [
    {
      key: "order",
      header: t("orders.order"),
      cell: (o) => (
        <Link to={`/orders/${o.order_id}`} className="text-ui-fg-interactive hover:underline">
          {o.order?.display_id ? `#${o.order.display_id}` : o.order_id}
        </Link>
      ),
    },
    { key: "date", header: t("orders.date"), cell: (o) => formatDate(o.created_at, language) },
    { key: "placedBy", header: t("widgets.placedBy"), cell: (o) => o.order?.email ?? dash },
    { key: "location", header: t("widgets.location"), cell: (o) => o.location?.label ?? dash },
    { key: "total", header: t("orders.total"), cell: (o) => formatMoney(o.total, o.currency_code, language) },
  ]
  return (
    <Section testId="organization-orders" title={t("orders.title")}>
      <DataList columns={columns} rows={data?.orders} isLoading={isLoading} emptyText={t("orders.empty")} pagination={page.pagination(data?.count)} />
    </Section>
  )
}
