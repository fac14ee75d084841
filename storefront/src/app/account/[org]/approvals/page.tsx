import { Table, Text } from "@medusajs/ui"
import Link from "next/link"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { currentLocale, translate } from "@/i18n"
import approvals from "@/i18n/approvals"
import { actingFor } from "@/lib/acting"
import { dateTime, money } from "@/lib/format"
import { medusa } from "@/lib/medusa"

const LIMIT = 20

export default async function Approvals({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string; show?: string }> }) {
  const { org } = await params
  const query = await searchParams
  const offset = Math.max(0, Number(query.offset) || 0)
  const { can } = await actingFor(org)
  const approver = can("orders.approve")
  // Approvers start with what waits for them; requesters see all of their own.
  const waitingOnly = approver && query.show !== "all"
  const { b2b } = await medusa()
  const page = await b2b.store.organizations.approvals.list(org, { limit: LIMIT, offset, ...(waitingOnly ? { status: "pending" } : {}) })
  const t = await translate(approvals)
  const locale = await currentLocale()
  const base = `/account/${org}/approvals`
  return (
    <>
      <PageHeader title={t.list.title} subtitle={approver ? t.list.approver : t.list.requester}>
        {approver ? (
          <nav aria-label={t.list.title} className="flex gap-3 text-sm">
            <Link href={base} aria-current={waitingOnly ? "page" : undefined} className={waitingOnly ? "font-semibold" : "text-ui-fg-interactive"}>
              {t.list.waiting}
            </Link>
            <Link href={`${base}?show=all`} aria-current={waitingOnly ? undefined : "page"} className={waitingOnly ? "text-ui-fg-interactive" : "font-semibold"}>
              {t.list.all}
            </Link>
          </nav>
        ) : null}
      </PageHeader>
      {page.approvals.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.list.requested}</Table.HeaderCell>
              <Table.HeaderCell>{t.list.status}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.list.total}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t.list.open}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page.approvals.map((approval) => (
              <Table.Row key={approval.id} data-testid="approval-row">
                <Table.Cell>{dateTime(locale, approval.created_at)}</Table.Cell>
                <Table.Cell>{t.states[approval.order_id ? "completed" : approval.status] ?? approval.status}</Table.Cell>
                <Table.Cell className="text-right">{money(locale, approval.total, approval.currency_code)}</Table.Cell>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" href={`${base}/${approval.id}`}>
                    {t.list.open}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text>{t.list.empty}</Text>
      )}
      <Pagination path={base} offset={offset} limit={LIMIT} count={page.count} query={waitingOnly ? {} : { show: "all" }} />
    </>
  )
}
