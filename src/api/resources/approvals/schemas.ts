import { z } from "zod"
import { APPROVAL_STATUSES, DECIDER_TYPES, SPENDING_PERIODS } from "../../../lib/constants"
import { amount, currencyAmounts, metadata, pageOf, person, timestamp } from "../common"

const address = z.strictObject({
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company: z.string().nullable(),
  address_1: z.string().nullable(),
  address_2: z.string().nullable(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  postal_code: z.string().nullable(),
  country_code: z.string().nullable(),
  phone: z.string().nullable(),
})
export { address as postalAddress }

/** The cart as it was asked for (lines, totals, address): never the live cart. */
export const approvalCart = z.strictObject({
  id: z.string(),
  currency_code: z.string(),
  total: amount,
  subtotal: amount.nullable(),
  item_total: amount.nullable(),
  shipping_total: amount.nullable(),
  tax_total: amount.nullable(),
  discount_total: amount.nullable(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      product_title: z.string().nullable(),
      variant_title: z.string().nullable(),
      sku: z.string().nullable(),
      variant_id: z.string().nullable(),
      thumbnail: z.string().nullable(),
      quantity: z.number(),
      unit_price: amount,
      total: amount,
    })
  ),
  shipping_address: address.nullable(),
  shipping_methods: z.array(
    z.strictObject({ name: z.string().nullable(), shipping_option_id: z.string().nullable(), amount })
  ),
})

export const deciderType = z.enum(DECIDER_TYPES)
/** Who decided; the store never learns which of the merchant's users it was (`id` null). */
export const decider = z.strictObject({ type: deciderType, id: z.string().nullable(), ...person })

/** A member's request to have a cart approved. `status` is as the live cart makes it. */
export const approval = z.strictObject({
  id: z.string(),
  cart_id: z.string(),
  organization_id: z.string(),
  requested_by: z.string(),
  requester_customer_id: z.string().nullable(),
  /** `superseded`: approved, but the cart changed since; completing it needs a new request. */
  status: z.enum(APPROVAL_STATUSES),
  currency_code: z.string(),
  total: amount,
  /** Why the order needs approval, in words. */
  reasons: z.array(z.string()),
  snapshot: approvalCart.nullable(),
  decided_by: z.string().nullable(),
  decided_by_type: deciderType.nullable(),
  decided_at: timestamp.nullable(),
  comment: z.string().nullable(),
  order_id: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  /** The cart is no longer what was asked: a decision would be refused (409 `approval_stale`). */
  cart_changed: z.boolean(),
})

/** One approval with the cart as asked, who asked and who decided. */
export const approvalDetail = approval.extend({
  cart: approvalCart.nullable(),
  requester: z.strictObject({ membership_id: z.string(), customer_id: z.string(), ...person }).nullable(),
  decider: decider.nullable(),
})

export const approvalResponse = z.strictObject({ approval: approvalDetail })
export const approvalListResponse = pageOf("approvals", approval)
/** `POST /store/carts/:id/approval`: the request as made. */
export const approvalRequestedResponse = z.strictObject({ approval: approval.omit({ cart_changed: true }) })

/** An organization's approval policy: orders above `threshold` per period need approval. */
export const approvalPolicy = z.strictObject({
  id: z.string(),
  organization_id: z.string(),
  threshold: currencyAmounts.nullable(),
  period: z.enum(SPENDING_PERIODS),
  metadata,
  created_at: timestamp,
  updated_at: timestamp,
  deleted_at: timestamp.nullable(),
})
/** The policy (null: none) and how many active members may decide approvals. */
export const approvalPolicyResponse = z.strictObject({
  approval_policy: approvalPolicy.nullable(),
  approvers: z.number().int(),
})
