import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import Link from "next/link"
import { notFound } from "next/navigation"
import { AddressBlock } from "@/components/address-block"
import { PageHeader } from "@/components/page-header"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import orders from "@/i18n/orders"
import { actingFor } from "@/lib/acting"
import { isNotFound } from "@/lib/failure"
import { date, money, personName } from "@/lib/format"
import { medusa } from "@/lib/medusa"

export default async function OrderDetail({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params
  await actingFor(org)
  const { b2b } = await medusa()
  const order = await b2b.store.organizations.orders
    .retrieve(org, id)
    .then((answer) => answer.order)
    .catch((error) => (isNotFound(error) ? notFound() : Promise.reject(error)))
  const t = await translate(orders)
  const c = await translate(common)
  const locale = await currentLocale()
  const price = (amount: number | null) => money(locale, amount, order.currency_code)
  const status = (value: string | null) => (value ? (c.status[value] ?? value.replace(/_/g, " ")) : "—")
  // Every amount includes VAT (as the order's total does), and the VAT in it is shown under it.
  const totals: [string, number | null][] = [
    [t.detail.itemsTotal, order.item_total],
    [t.detail.shipping, order.shipping_total],
    ...(order.discount_total ? [[t.detail.discount, -order.discount_total] as [string, number]] : []),
  ]
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={fill(t.detail.title, { number: order.display_id ?? "" })}>
        <Link className="text-ui-fg-interactive" href={`/account/${org}/orders`}>
          {t.detail.back}
        </Link>
      </PageHeader>
      <Container className="grid gap-4 sm:grid-cols-3">
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.detail.placedBy}</Text>
          <Text>{personName(order.member)}</Text>
          <Text size="small">{date(locale, order.created_at)}</Text>
        </div>
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.detail.status}</Text>
          <Badge size="small">{status(order.status)}</Badge>
        </div>
        <div>
          <Text size="small" className="text-ui-fg-subtle">
            {t.detail.payment} / {t.detail.fulfillment}
          </Text>
          <Text>
            {status(order.payment_status)} / {status(order.fulfillment_status)}
          </Text>
        </div>
      </Container>
      <section aria-labelledby="items" className="flex flex-col gap-2">
        <Heading level="h2" id="items">{t.detail.items}</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.detail.product}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.detail.quantity}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.detail.unitPrice}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.detail.lineTotal}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {order.items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>
                  {item.title}
                  {item.variant_title ? <span className="text-ui-fg-subtle"> · {item.variant_title}</span> : null}
                </Table.Cell>
                <Table.Cell className="text-right">{item.quantity}</Table.Cell>
                <Table.Cell className="text-right">{price(item.unit_price)}</Table.Cell>
                <Table.Cell className="text-right">{price(item.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <div className="grid gap-6 sm:grid-cols-3">
        <section aria-labelledby="shipping-address">
          <Heading level="h2" id="shipping-address">{t.detail.shippingAddress}</Heading>
          {order.location ? <Text weight="plus">{order.location.label}</Text> : null}
          <AddressBlock address={order.shipping_address} />
          {order.shipping_methods.map((method) => (
            <Text key={method.id} size="small">
              {t.detail.shippingMethod}: {method.name}
            </Text>
          ))}
        </section>
        <section aria-labelledby="billing-address">
          <Heading level="h2" id="billing-address">{t.detail.billingAddress}</Heading>
          <AddressBlock address={order.billing_address} />
        </section>
        <section aria-labelledby="totals">
          <Heading level="h2" id="totals">{t.detail.totals}</Heading>
          <dl className="grid grid-cols-2 gap-1">
            {totals.map(([label, amount]) => (
              <div key={label} className="contents">
                <dt>{label}</dt>
                <dd className="text-right">{price(amount)}</dd>
              </div>
            ))}
            <dt className="font-semibold">{t.detail.total}</dt>
            <dd className="text-right font-semibold" data-testid="order-total">{price(order.total)}</dd>
            <dt className="text-ui-fg-subtle">{t.detail.tax}</dt>
            <dd className="text-right text-ui-fg-subtle">{price(order.tax_total)}</dd>
          </dl>
        </section>
      </div>
      <section aria-labelledby="approval" className="flex flex-col gap-1">
        <Heading level="h2" id="approval">{t.detail.approval}</Heading>
        {order.approval ? (
          <>
            <Text>
              <Badge size="small">{status(order.approval.status)}</Badge>{" "}
              {order.approval.decided_at
                ? fill(t.detail.approvedBy, { name: personName(order.approval.decider), date: date(locale, order.approval.decided_at) })
                : null}
            </Text>
            {order.approval.comment ? (
              <Text>
                {t.detail.comment}: {order.approval.comment}
              </Text>
            ) : null}
          </>
        ) : (
          <Text>{t.detail.noApproval}</Text>
        )}
      </section>
    </div>
  )
}
