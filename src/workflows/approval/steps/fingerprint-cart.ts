import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SNAPSHOT_FIELDS, snapshotOf } from "../../../lib/approval-snapshot"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import { FINGERPRINT_FIELDS, fingerprintOf, type CompletingCart } from "../../cart/utils/fingerprint"

/**
 * The cart as an approval pins it (items, prices, address, shipping, total; see
 * workflows/cart/utils/fingerprint `fingerprintOf`) and as the request shows it (lib/approval-snapshot),
 * both from one read, so the snapshot is exactly what the fingerprint pins.
 */
export async function readRequestedCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [...new Set([...FINGERPRINT_FIELDS, ...SNAPSHOT_FIELDS])],
    filters: { id: cartId },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  return { ...fingerprintOf(cart as CompletingCart), snapshot: snapshotOf(cart as Record<string, unknown>) }
}

/** The cart as a request records it. An empty cart has nothing to approve: 400 `cart_empty`. */
export const fingerprintCartStepId = "fingerprint-cart"
export const fingerprintCartStep = createStep(fingerprintCartStepId, async ({ cart_id }: { cart_id: string }, { container }) => {
  const cart = await readRequestedCart(container, cart_id)
  if (!cart.total) throw refusal(REFUSAL.cart_empty, "The cart is empty", { invalidData: true })
  return new StepResponse(cart)
})
