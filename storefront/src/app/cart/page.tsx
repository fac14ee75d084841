import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { chooseShipping, deliverToAddress, deliverToLocation, placeOrder, removeLine, requestApproval, updateLine } from "@/actions/cart"
import { ActionForm } from "@/components/action-form"
import { AddressBlock } from "@/components/address-block"
import { SelectField } from "@/components/choice"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { currentLocale, fill, translate } from "@/i18n"
import shop from "@/i18n/shop"
import { myOrganizations, requireLogin } from "@/lib/acting"
import { openCart } from "@/lib/cart"
import { money } from "@/lib/format"

export const metadata: Metadata = { title: "Cart" }

export default async function Cart() {
  const { sdk, b2b } = await requireLogin()
  const t = await translate(shop)
  const locale = await currentLocale()
  const open = await openCart()
  if (!open?.cart.items?.length) {
    return (
      <>
        <PageHeader title={t.cart.title} />
        <Text>{t.cart.empty}</Text>
        <Link className="text-ui-fg-interactive" href="/shop">
          {t.cart.toShop}
        </Link>
      </>
    )
  }
  const { cart, organizationId } = open
  const organization = organizationId ? (await myOrganizations()).find((o) => o.id === organizationId) : null
  const price = (amount: number | null | undefined) => money(locale, amount, cart.currency_code)
  const [locations, latest, options] = await Promise.all([
    organizationId ? b2b.store.organizations.locations.list(organizationId, { limit: 50 }).then((a) => a.locations) : null,
    organizationId
      ? b2b.store.organizations.approvals.list(organizationId, { cart_id: cart.id, limit: 1 }).then((a) => a.approvals[0] ?? null)
      : null,
    cart.shipping_address?.address_1 ? sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }).then((a) => a.shipping_options) : [],
  ])
  const canRequest = organization?.membership.permissions.includes("orders.request") ?? false
  const approvalState = latest ? (latest.status === "pending" && latest.cart_changed ? "changed" : latest.order_id ? null : latest.status) : null
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t.cart.title} subtitle={organization ? fill(t.cart.for, { organization: organization.name }) : t.cart.private} />
      <section aria-labelledby="lines">
        <Heading level="h2" id="lines" className="sr-only">{t.cart.product}</Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.cart.product}</Table.HeaderCell>
              <Table.HeaderCell>{t.cart.quantity}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t.cart.total}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t.cart.remove}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cart.items!.map((item) => (
              <Table.Row key={item.id} data-testid="cart-line">
                <Table.Cell>{item.product_title ?? item.title}</Table.Cell>
                <Table.Cell>
                  <ActionForm action={updateLine.bind(null, cart.id, item.id)} submitLabel={t.cart.update} variant="secondary" inline>
                    <label className="sr-only" htmlFor={`qty-${item.id}`}>
                      {t.cart.quantity}: {item.title}
                    </label>
                    <input id={`qty-${item.id}`} name="quantity" type="number" min={0} max={999} defaultValue={item.quantity} className="h-8 w-20 rounded-md border border-ui-border-base px-2" />
                  </ActionForm>
                </Table.Cell>
                <Table.Cell className="text-right">{price(item.total)}</Table.Cell>
                <Table.Cell>
                  <ActionForm action={removeLine.bind(null, cart.id, item.id)} submitLabel={t.cart.remove} variant="transparent" inline aria-label={`${t.cart.remove}: ${item.title}`} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="delivery" className="flex flex-col gap-3">
          <Heading level="h2" id="delivery">{t.cart.delivery}</Heading>
          {cart.shipping_address?.address_1 ? <AddressBlock address={cart.shipping_address} /> : null}
          {locations ? (
            locations.length ? (
              <ActionForm action={deliverToLocation.bind(null, organizationId!, cart.id)} submitLabel={t.cart.useLocation} variant="secondary">
                <SelectField
                  label={t.cart.location}
                  name="location_id"
                  options={locations.map((l) => ({ value: l.id, label: `${l.label} — ${l.address_1}, ${l.city}` }))}
                />
              </ActionForm>
            ) : (
              <Text>{t.cart.noLocations}</Text>
            )
          ) : (
            <ActionForm action={deliverToAddress.bind(null, cart.id)} submitLabel={t.cart.saveAddress} variant="secondary">
              {(Object.entries(t.cart.addressFields) as [string, string][]).map(([name, label]) => (
                <Field key={name} label={label} name={name} defaultValue={(cart.shipping_address as unknown as Record<string, string | null> | undefined)?.[name] ?? ""} required />
              ))}
            </ActionForm>
          )}
          {options.length ? (
            <ActionForm action={chooseShipping.bind(null, cart.id)} submitLabel={t.cart.chooseShipping} variant="secondary">
              <SelectField
                label={t.cart.shippingMethod}
                name="option_id"
                defaultValue={cart.shipping_methods?.[0]?.shipping_option_id ?? undefined}
                options={options.map((o) => ({ value: o.id, label: `${o.name} (${price(o.amount)})` }))}
              />
            </ActionForm>
          ) : null}
        </section>

        <section aria-labelledby="totals" className="flex flex-col gap-3">
          <Heading level="h2" id="totals">{t.cart.totals}</Heading>
          <dl className="grid grid-cols-2 gap-1">
            <dt>{t.cart.items}</dt>
            <dd className="text-right">{price(cart.item_total)}</dd>
            <dt>{t.cart.shipping}</dt>
            <dd className="text-right">{price(cart.shipping_total)}</dd>
            <dt className="font-semibold">{t.cart.grandTotal}</dt>
            <dd className="text-right font-semibold" data-testid="cart-total">{price(cart.total)}</dd>
            <dt className="text-ui-fg-subtle">{t.cart.tax}</dt>
            <dd className="text-right text-ui-fg-subtle">{price(cart.tax_total)}</dd>
          </dl>
          {approvalState ? (
            <Container className="flex flex-col gap-1" data-testid="approval-state">
              <Heading level="h3">{t.cart.approval}</Heading>
              <Text>{t.cart.approvalStates[approvalState] ?? approvalState}</Text>
              {latest?.comment ? <Text size="small">{fill(t.cart.decidedComment, { comment: latest.comment })}</Text> : null}
              <Link className="text-ui-fg-interactive text-sm" href={`/account/${organizationId}/approvals/${latest!.id}`}>
                {t.cart.viewRequest}
              </Link>
            </Container>
          ) : null}
          <ActionForm action={placeOrder.bind(null, cart.id, organizationId)} submitLabel={t.cart.placeOrder} />
          {canRequest && approvalState !== "pending" && approvalState !== "approved" ? (
            <ActionForm action={requestApproval.bind(null, cart.id)} submitLabel={t.cart.requestApproval} variant="secondary" />
          ) : null}
        </section>
      </div>
    </div>
  )
}
