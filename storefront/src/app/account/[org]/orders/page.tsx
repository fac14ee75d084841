import { Table, Text } from "@medusajs/ui"
import Link from "next/link"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { currentLocale, translate } from "@/i18n"
import common from "@/i18n/common"
import orders from "@/i18n/orders"
import { actingFor } from "@/lib/acting"
import { date, money, personName } from "@/lib/format"
import { medusa } from "@/lib/medusa"

const LIMIT = 20

export default async function Orders({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  const { can } = await actingFor(org)
  const { b2b } = await medusa()
  const page = await b2b.store.organizations.orders.list(org, { limit: LIMIT, offset })
  const t = await translate(orders)
  const c = await translate(common)
  const locale = await currentLocale()
  return (
    <>
      <PageHeader title={t.list.title} subtitle={can("orders.view_all") ? t.list.all : t.list.mine} />
      {page.orders.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.list.number}</Table.HeaderCell>
              <Table.HeaderCell>{t.list.date}</Table.HeaderCell>
              <Table.HeaderCell>{t.list.placedBy}</Table.HeaderCell>
              <Table.HeaderCell>{t.list.location}</Table.HeaderCell>
              <Table.HeaderCell>{t.list.status}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.list.total}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page.orders.map((order) => (
              <Table.Row key={order.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" href={`/account/${org}/orders/${order.id}`}>
                    #{order.display_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{date(locale, order.created_at)}</Table.Cell>
                <Table.Cell>{personName(order.member)}</Table.Cell>
                <Table.Cell>{order.location?.label ?? "—"}</Table.Cell>
                <Table.Cell>{c.status[order.status] ?? order.status}</Table.Cell>
                <Table.Cell className="text-right">{money(locale, order.total, order.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text>{t.list.empty}</Text>
      )}
      <Pagination path={`/account/${org}/orders`} offset={offset} limit={LIMIT} count={page.count} />
    </>
  )
}
