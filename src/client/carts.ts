import type Medusa from "@medusajs/js-sdk"
import { organizationHeader } from "./organization-header"
import type { CallOptions } from "./operations"
import type { Transport } from "./transport"

// Medusa's own cart routes where the plugin adds a rule: which organization a cart is for
// (POST /store/carts and the guest → login transfer read x-organization-id) and completion
// (refused with a code: approval_required, spending_limit_exceeded, …). Sent through the
// client so that the refusal's code is kept; typed as the storefront's SDK types them.

type Cart = Medusa["store"]["cart"]
export type CreateCartBody = Parameters<Cart["create"]>[0]
export type CartResponse = Awaited<ReturnType<Cart["create"]>>
export type CompleteCartResponse = Awaited<ReturnType<Cart["complete"]>>

export const cartOperations = (transport: Transport) => ({
  /** A new cart for `organizationId` (null: a private cart, where the merchant allows one). */
  create: (organizationId: string | null, body: CreateCartBody, options: CallOptions = {}) =>
    transport<CartResponse>("/store/carts", {
      method: "POST",
      body,
      headers: { ...options.headers, ...organizationHeader(organizationId) },
    }),
  /** A guest's cart becomes the logged-in customer's, for `organizationId` (null: private). */
  transfer: (cartId: string, organizationId: string | null, options: CallOptions = {}) =>
    transport<CartResponse>(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
      method: "POST",
      body: {},
      headers: { ...options.headers, ...organizationHeader(organizationId) },
    }),
  /** Places the order, or throws the B2BError saying why not (e.g. `approval_required`). */
  complete: (cartId: string, options: CallOptions = {}) =>
    transport<CompleteCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
      method: "POST",
      body: {},
      headers: options.headers,
    }),
})
