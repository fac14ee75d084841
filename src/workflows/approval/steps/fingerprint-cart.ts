import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fingerprintCart } from "../../../lib/approval-rules"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"

/**
 * The cart as an approval pins it (items, prices, address, shipping, total; see
 * lib/approval-rules `fingerprintCart`). An empty cart has nothing to approve: 400 `cart_empty`.
 */
export const fingerprintCartStep = createStep("fingerprint-cart", async ({ cart_id }: { cart_id: string }, { container }) => {
  const cart = await fingerprintCart(container, cart_id)
  if (!cart.total) throw refusal(REFUSAL.cart_empty, "The cart is empty", { invalidData: true })
  return new StepResponse(cart)
})
