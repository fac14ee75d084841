import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import { assertCartAdmitted, checkOrganizationCart, organizationCart } from "../../cart/cart-rules"
import type { WorkflowActor } from "../../common/actor"

export type ValidateOrganizationCartInput = { cart_id: string; actor: WorkflowActor }

/**
 * The checkout rules of an organization's cart outside its completion (an approval request;
 * completion runs the same checkOrganizationCart in Medusa's cart hooks, src/workflows/hooks/carts.ts).
 * Only the cart's own member acts on an organization's cart: 404 for an unknown cart, 400
 * `organization_cart_required` for a cart of no organization, 400 `cart_member_only` for
 * anybody but its customer; then the cart's rules as at completion (workflows/cart/cart-rules: access
 * groups, the acting member's status and orders.place or orders.request, the location).
 * Answers the acting member.
 */
export const validateOrganizationCartStepId = "validate-organization-cart"
export const validateOrganizationCartStep = createStep(
  validateOrganizationCartStepId,
  async ({ cart_id, actor }: ValidateOrganizationCartInput, { container }) => {
    const cart = await organizationCart(container, cart_id).catch(() => {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cart_id} was not found`)
    })
    if (!cart.organization_id) {
      throw refusal(REFUSAL.organization_cart_required, "This cart is your own purchase, not your organization's: it needs no approval, you can complete it yourself")
    }
    if (actor.type !== "member" || actor.customer_id !== cart.customer_id) {
      throw refusal(REFUSAL.cart_member_only, "This cart belongs to another buyer of the organization: only they can send it for approval")
    }
    await assertCartAdmitted(container, cart)
    const checked = await checkOrganizationCart(container, cart)
    // A cart with an organization is always checked (null is only for carts of none).
    const { organization_id, membership, permissions } = checked!
    return new StepResponse({ organization_id, membership, permissions, customer_id: actor.customer_id })
  }
)
