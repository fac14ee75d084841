import { Table, Text } from "@medusajs/ui"
import { Field, Section } from "../section"
import { dash, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { ApprovalCart } from "../../lib/types"

/**
 * What the member asked to buy: the request's snapshot of the cart (lines, totals, delivery
 * address; money in the currency's main unit), not the cart as it is now. `changed`: the cart
 * differs now, so the request can no longer be decided.
 */
export function ApprovalCartSection({ cart, changed }: { cart: ApprovalCart | null | undefined; changed?: boolean }) {
  const { t } = useT()
  if (!cart) {
    return (
      <Section title={t("approvals.cartTitle")} testId="approval-cart">
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("approvals.cartGone")}</Text>
      </Section>
    )
  }
  const money = (amount: number | string | null) => (amount == null ? dash : formatMoney(amount, cart.currency_code))
  const address = cart.shipping_address
  return (
    <Section title={t("approvals.cartTitle")} testId="approval-cart">
      {changed && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="approval-cart-changed">
          {t("approvals.cartChanged")}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("approvals.product")}</Table.HeaderCell>
            <Table.HeaderCell>{t("approvals.sku")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("approvals.quantity")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("approvals.unitPrice")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("orders.total")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {cart.items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                <div className="flex items-center gap-x-3">
                  {item.thumbnail && <img src={item.thumbnail} alt="" className="h-8 w-6 rounded object-cover" />}
                  <div>
                    <Text size="small" weight="plus">{item.title}</Text>
                    {item.variant_title && <Text size="small" className="text-ui-fg-subtle">{item.variant_title}</Text>}
                  </div>
                </div>
              </Table.Cell>
              <Table.Cell>{item.sku ?? dash}</Table.Cell>
              <Table.Cell className="text-right">{item.quantity}</Table.Cell>
              <Table.Cell className="text-right">{money(item.unit_price)}</Table.Cell>
              <Table.Cell className="text-right">{money(item.total)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {/* No subtotal row: Medusa's cart subtotal already includes shipping, which would read as counted twice. */}
      <Field label={t("approvals.shipping")}>{money(cart.shipping_total)}</Field>
      <Field label={t("approvals.tax")}>{money(cart.tax_total)}</Field>
      <Field label={t("orders.total")}>{money(cart.total)}</Field>
      <Field label={t("approvals.shippingAddress")}>
        {address
          ? [[address.first_name, address.last_name].filter(Boolean).join(" "), address.company, address.address_1, address.address_2, [address.postal_code, address.city].filter(Boolean).join(" "), address.country_code?.toUpperCase()]
              .filter(Boolean)
              .join(", ")
          : dash}
      </Field>
    </Section>
  )
}
