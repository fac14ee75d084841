import { z } from "zod"
import { APPROVAL_STATUSES } from "../../../lib/constants"
import { amount, pageOf, person, timestamp } from "../common"
import { decider, deciderType, postalAddress } from "../approvals/schemas"

/**
 * An order placed for an organization: Medusa's order (`id` is Medusa's order id) with the
 * organization's delivery location and the member who placed it.
 */
export const organizationOrder = z.strictObject({
  id: z.string(),
  /** The same id, under the name entries had before they were order-shaped. */
  order_id: z.string(),
  membership_id: z.string().nullable(),
  display_id: z.number().int().nullable(),
  status: z.string(),
  payment_status: z.string().nullable(),
  fulfillment_status: z.string().nullable(),
  total: amount.nullable(),
  subtotal: amount.nullable(),
  currency_code: z.string(),
  created_at: timestamp,
  location: z.strictObject({ id: z.string(), name: z.string(), label: z.string() }).nullable(),
  member: z.strictObject({ membership_id: z.string(), customer_id: z.string(), ...person }).nullable(),
  approval_id: z.string().nullable(),
})

/** The whole order: lines, addresses, shipping, totals, and the approval it was placed with. */
export const organizationOrderDetail = organizationOrder.extend({
  email: z.string().nullable(),
  item_total: amount.nullable(),
  item_subtotal: amount.nullable(),
  shipping_total: amount.nullable(),
  shipping_subtotal: amount.nullable(),
  tax_total: amount.nullable(),
  discount_total: amount.nullable(),
  original_total: amount.nullable(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      subtitle: z.string().nullable(),
      variant_title: z.string().nullable(),
      sku: z.string().nullable(),
      thumbnail: z.string().nullable(),
      product_id: z.string().nullable(),
      variant_id: z.string().nullable(),
      quantity: z.number(),
      unit_price: amount.nullable(),
      subtotal: amount.nullable(),
      total: amount.nullable(),
    })
  ),
  shipping_address: postalAddress.nullable(),
  billing_address: postalAddress.nullable(),
  shipping_methods: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      shipping_option_id: z.string().nullable(),
      amount: amount.nullable(),
      total: amount.nullable(),
    })
  ),
  approval: z
    .strictObject({
      id: z.string(),
      status: z.enum(APPROVAL_STATUSES),
      decided_by: z.string().nullable(),
      decided_by_type: deciderType.nullable(),
      decided_at: timestamp.nullable(),
      comment: z.string().nullable(),
      decider: decider.nullable(),
    })
    .nullable(),
})

export const organizationOrderListResponse = pageOf("orders", organizationOrder)
export const organizationOrderResponse = z.strictObject({ order: organizationOrderDetail })
