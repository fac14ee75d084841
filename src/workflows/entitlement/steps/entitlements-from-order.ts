import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entitlementKindOf, seatsForLine, seatsPerUnit } from "../../../lib/seats"
import { pluginOptions } from "../../common/plugin-options"
import type { CreateEntitlementInput } from "./create-entitlements"

/** The fields of an order line read below (quantities are BigNumbers on the wire). */
type OrderLine = {
  id: string
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  title?: string | null
  product_title?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  product_id?: string | null
}
type Product = { id: string; title?: string | null; handle?: string | null; metadata?: Record<string, unknown> | null }

export const entitlementsFromOrderStepId = "entitlements-from-order"

/**
 * One entitlement per line of an organization's order whose product is marked as a
 * subscription or training (metadata `b2b_entitlement`); seats per unit times quantity.
 */
export const entitlementsFromOrderStep = createStep(
  entitlementsFromOrderStepId,
  async ({ order_id, organization_id }: { order_id: string; organization_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const options = pluginOptions(container)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "items.id",
        "items.quantity",
        "items.detail.quantity",
        "items.title",
        "items.product_title",
        "items.variant_id",
        "items.variant_sku",
        "items.product_id",
      ],
      filters: { id: order_id },
    })
    const items = (order?.items ?? []) as OrderLine[]
    const productIds = [...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]
    if (!productIds.length) return new StepResponse([] as CreateEntitlementInput[])
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "metadata"],
      filters: { id: productIds },
    })
    const startsAt = new Date(order.created_at as Date | string)
    const subscriptionEnd = new Date(startsAt)
    subscriptionEnd.setMonth(subscriptionEnd.getMonth() + options.subscriptionMonths)
    const inputs = items.flatMap((item): CreateEntitlementInput[] => {
      const product = (products as Product[]).find((p) => p.id === item.product_id)
      const kind = entitlementKindOf(product?.metadata)
      if (!product || !kind) return []
      const perUnit = seatsPerUnit(options, { sku: item.variant_sku, handle: product.handle, metadata: product.metadata })
      return [
        {
          organization_id,
          kind,
          title: product.title ?? item.product_title ?? item.title ?? "",
          seats: seatsForLine(perUnit, quantityOf(item)),
          product_id: product.id,
          product_variant_id: item.variant_id ?? null,
          starts_at: startsAt,
          ends_at: kind === "subscription" ? subscriptionEnd : null,
          source_order_id: order_id,
          source_line_item_id: item.id,
        },
      ]
    })
    return new StepResponse(inputs)
  }
)

/** An order line's quantity: on the line, or on its order item detail (a BigNumber either way). */
function quantityOf(item: OrderLine) {
  for (const value of [item.quantity, item.detail?.quantity]) {
    const number = Number((value as { numeric?: unknown } | null | undefined)?.numeric ?? value)
    if (Number.isFinite(number) && number > 0) return number
  }
  return 1
}

