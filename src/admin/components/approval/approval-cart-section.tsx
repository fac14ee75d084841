import { Table, Text } from "@medusajs/ui"
import { Field, Section } from "../section"
import { dash, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import type { ApprovalCart } from "../../lib/types"

/** What the member asked to buy: the cart's lines and totals (money in the currency's main unit). */
export function ApprovalCartSection({ cart }: { cart: ApprovalCart | null | undefined }) {
  const { t } = useT()
  if (!cart) {
    return (
      <Section title={t("approvals.cartTitle")} testId="approval-cart">
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("approvals.cartGone")}</Text>
      </Section>
    )
  }
  const money = (amount: number | string) => formatMoney(amount, cart.currency_code)
  return (
    <Section title={t("approvals.cartTitle")} testId="approval-cart">
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
    </Section>
  )
}
