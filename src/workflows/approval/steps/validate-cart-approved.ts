import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ActingMember } from "../../../lib/acting-member"
import { approvalReasonsOf, fingerprintCart, latestApproval } from "../../cart/approval-rules"
import { assertCartApproved } from "../../cart/utils/completion"
import { memberOf } from "../utils/member"

export type ValidateCartApprovedInput = { cart_id: string; member: ActingMember }

/**
 * The completion rule (workflows/cart/utils/completion `assertCartApproved`): a cart that needs approval
 * has an approved request whose fingerprint matches the cart as it is now. The cart
 * completion hook (src/workflows/hooks/carts.ts) applies the same rule under the member's
 * spending lock, where it also reserves the spend; this step is for a merchant's own flows.
 */
export const validateCartApprovedStep = createStep(
  "validate-cart-approved",
  async ({ cart_id, member }: ValidateCartApprovedInput, { container }) => {
    const cart = await fingerprintCart(container, cart_id)
    const [reasons, latest] = await Promise.all([
      approvalReasonsOf(container, memberOf(member), cart),
      latestApproval(container, cart_id, member.membership.id),
    ])
    assertCartApproved(reasons, latest, cart.fingerprint)
    return new StepResponse({ fingerprint: cart.fingerprint })
  }
)
