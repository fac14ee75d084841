import { Badge, Heading, Table, Text } from "@medusajs/ui"
import Link from "next/link"
import { notFound } from "next/navigation"
import { decide } from "@/actions/approvals"
import { ActionForm } from "@/components/action-form"
import { AddressBlock } from "@/components/address-block"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { currentLocale, fill, translate } from "@/i18n"
import approvals from "@/i18n/approvals"
import { actingFor } from "@/lib/acting"
import { isNotFound } from "@/lib/failure"
import { dateTime, money, personName } from "@/lib/format"
import { medusa } from "@/lib/medusa"

export default async function ApprovalDetail({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params
  const { can, membership } = await actingFor(org)
  const { b2b } = await medusa()
  const approval = await b2b.store.organizations.approvals
    .retrieve(org, id)
    .then((answer) => answer.approval)
    .catch((error) => (isNotFound(error) ? notFound() : Promise.reject(error)))
  const t = await translate(approvals)
  const locale = await currentLocale()
  const cart = approval.snapshot ?? approval.cart
  const price = (amount: number | null | undefined) => money(locale, amount, approval.currency_code)
  const own = approval.requested_by === membership.id
  const decidable = approval.status === "pending" && can("orders.approve") && !approval.cart_changed
  const state = t.states[approval.order_id ? "completed" : approval.status] ?? approval.status
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t.detail.title}
        subtitle={fill(t.detail.requestedBy, { name: personName(approval.requester), date: dateTime(locale, approval.created_at) })}
      >
        <Link className="text-ui-fg-interactive" href={`/account/${org}/approvals`}>
          {t.detail.back}
        </Link>
      </PageHeader>
      <Text>
        <Badge size="small" data-testid="approval-state">{state}</Badge>
      </Text>
      {approval.reasons.length ? (
        <section aria-labelledby="reasons">
          <Heading level="h2" id="reasons">{t.detail.reasons}</Heading>
          <ul className="list-disc pl-5">
            {approval.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {cart ? (
        <section aria-labelledby="cart" className="flex flex-col gap-2">
          <Heading level="h2" id="cart">{t.detail.cart}</Heading>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t.detail.product}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t.detail.quantity}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t.detail.lineTotal}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cart.items.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>{item.product_title ?? item.title}{item.variant_title ? ` · ${item.variant_title}` : ""}</Table.Cell>
                  <Table.Cell className="text-right">{item.quantity}</Table.Cell>
                  <Table.Cell className="text-right">{price(item.total)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="grid gap-6 sm:grid-cols-2">
            <div>
              <Heading level="h3">{t.detail.deliverTo}</Heading>
              <AddressBlock address={cart.shipping_address} />
            </div>
            <dl className="grid grid-cols-2 gap-1">
              <dt>{t.detail.itemsTotal}</dt>
              <dd className="text-right">{price(cart.item_total)}</dd>
              <dt>{t.detail.shipping}</dt>
              <dd className="text-right">{price(cart.shipping_total)}</dd>
              <dt className="font-semibold">{t.detail.total}</dt>
              <dd className="text-right font-semibold" data-testid="approval-total">{price(cart.total)}</dd>
              <dt className="text-ui-fg-subtle">{t.detail.tax}</dt>
              <dd className="text-right text-ui-fg-subtle">{price(cart.tax_total)}</dd>
            </dl>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="decision" className="flex flex-col gap-2">
        <Heading level="h2" id="decision">{t.detail.decision}</Heading>
        {approval.decided_at ? (
          <Text>{fill(t.detail.decidedBy, { name: personName(approval.decider), date: dateTime(locale, approval.decided_at) })}</Text>
        ) : null}
        {approval.comment ? (
          <Text>
            {t.detail.commentShown}: {approval.comment}
          </Text>
        ) : null}
        {approval.status === "pending" && approval.cart_changed ? <Text role="status">{t.detail.changed}</Text> : null}
        {decidable && own ? <Text>{t.detail.ownRequest}</Text> : null}
        {decidable ? (
          <div className="grid gap-6 sm:grid-cols-2">
            <ActionForm action={decide.bind(null, org, approval.id, "approve")} submitLabel={t.detail.approve}>
              <Field label={t.detail.comment} name="comment" id="approve-comment" />
            </ActionForm>
            <ActionForm action={decide.bind(null, org, approval.id, "reject")} submitLabel={t.detail.reject} variant="danger">
              <Field label={t.detail.rejectComment} name="comment" id="reject-comment" />
            </ActionForm>
          </div>
        ) : null}
        {own && approval.status === "approved" && !approval.order_id ? (
          <Link className="text-ui-fg-interactive" href="/cart">
            {t.detail.completeIt}
          </Link>
        ) : null}
        {approval.order_id ? (
          <Link className="text-ui-fg-interactive" href={`/account/${org}/orders/${approval.order_id}`}>
            {t.detail.placed}
          </Link>
        ) : null}
      </section>
    </div>
  )
}
