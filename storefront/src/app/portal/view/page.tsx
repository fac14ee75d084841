import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { B2BError } from "medusa-plugin-b2b-accounts/client"
import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { closePortal } from "@/actions/portal"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { currentLocale, translate } from "@/i18n"
import common from "@/i18n/common"
import publicPages from "@/i18n/public"
import { date, dateTime, money } from "@/lib/format"
import { medusa } from "@/lib/medusa"
import { portalToken as portalTokenCookie } from "@/lib/session"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).portalView.title }
}

const LIMIT = 20

/** What the portal session opens, read with its token; an ended session goes back to the code form. */
async function readPortal(portalToken: string, offset: number) {
  const { b2b } = await medusa({ token: null })
  try {
    const { portal } = await b2b.store.portal.retrieve({ portalToken })
    const [orders, assets] = await Promise.all([
      // One installation's session sees no orders (the store answers 403).
      portal.level === "installation" ? null : b2b.store.portal.orders({ limit: LIMIT, offset }, { portalToken }),
      b2b.store.portal.assets({ limit: 100 }, { portalToken }),
    ])
    return { portal, orders, assets }
  } catch (error) {
    if (error instanceof B2BError && error.status === 401) return null
    throw error
  }
}

export default async function PortalView({ searchParams }: { searchParams: Promise<{ offset?: string }> }) {
  const portalToken = await portalTokenCookie()
  if (!portalToken) redirect("/portal")
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  const read = await readPortal(portalToken, offset)
  if (!read) redirect("/portal?expired=1")
  const { portal, orders, assets } = read
  const t = (await translate(publicPages)).portalView
  const c = await translate(common)
  const locale = await currentLocale()
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={portal.organization?.name ?? t.title} subtitle={t.readOnly}>
        <form action={closePortal}>
          <Button type="submit" variant="secondary">
            {t.close}
          </Button>
        </form>
      </PageHeader>

      <section aria-labelledby="portal-scope" className="flex flex-col gap-3">
        <div className="flex items-center gap-2">
          <Heading level="h2" id="portal-scope">
            {t.scope}
          </Heading>
          <Badge size="small" data-level={portal.level}>
            {t.level[portal.level]}
          </Badge>
        </div>
        <Container>
          <dl className="grid gap-4 sm:grid-cols-2">
            <div>
              <dt className="text-ui-fg-subtle text-sm">{t.organization}</dt>
              <dd>{portal.organization?.name ?? "—"}</dd>
            </div>
            {portal.location ? (
              <div>
                <dt className="text-ui-fg-subtle text-sm">{t.location}</dt>
                <dd>
                  {portal.location.label}, {portal.location.city}
                </dd>
              </div>
            ) : null}
            {portal.asset ? (
              <div>
                <dt className="text-ui-fg-subtle text-sm">{t.installation}</dt>
                <dd>
                  {portal.asset.name}
                  {portal.asset.serial_number ? ` (${t.serial}: ${portal.asset.serial_number})` : ""}
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-ui-fg-subtle text-sm">{t.until}</dt>
              <dd>{dateTime(locale, portal.expires_at)}</dd>
            </div>
          </dl>
        </Container>
      </section>

      {orders ? (
        <section aria-labelledby="portal-orders" className="flex flex-col gap-3">
          <Heading level="h2" id="portal-orders">
            {t.orders}
          </Heading>
          {orders.orders.length ? (
            <>
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t.date}</Table.HeaderCell>
                    {portal.level === "organization" ? <Table.HeaderCell>{t.location}</Table.HeaderCell> : null}
                    <Table.HeaderCell>{t.status}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t.total}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {orders.orders.map((order) => (
                    <Table.Row key={order.id}>
                      <Table.Cell>{date(locale, order.created_at)}</Table.Cell>
                      {portal.level === "organization" ? <Table.Cell>{order.location?.label ?? "—"}</Table.Cell> : null}
                      <Table.Cell>{c.status[order.status] ?? order.status}</Table.Cell>
                      <Table.Cell className="text-right">{money(locale, order.total, order.currency_code)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
              <Pagination path="/portal/view" offset={offset} limit={LIMIT} count={orders.count} />
            </>
          ) : (
            <Text className="text-ui-fg-subtle">{t.noOrders}</Text>
          )}
        </section>
      ) : null}

      <section aria-labelledby="portal-assets" className="flex flex-col gap-3">
        <Heading level="h2" id="portal-assets">
          {t.assets}
        </Heading>
        {assets.assets.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t.name}</Table.HeaderCell>
                <Table.HeaderCell>{t.serial}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {assets.assets.map((asset) => (
                <Table.Row key={asset.id}>
                  <Table.Cell>{asset.name}</Table.Cell>
                  <Table.Cell>{asset.serial_number ?? "—"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text className="text-ui-fg-subtle">{t.noAssets}</Text>
        )}
      </section>
    </div>
  )
}
