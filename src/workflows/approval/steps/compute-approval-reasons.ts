import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import type { ActingMember } from "../../../lib/acting-member"
import { approvalReasons } from "../../cart/approval-rules"
import type { FingerprintedCart } from "../../cart/utils/fingerprint"
import { memberOf } from "../utils/member"

export type ComputeApprovalReasonsInput = { member: ActingMember; cart: FingerprintedCart }

/**
 * Why the member needs an approval for this cart (workflows/cart/approval-rules `approvalReasons`: the
 * permission, the organization's threshold, the member's spending limit over the period
 * with the organization's recorded orders). None: 400 `approval_not_required`.
 */
export const computeApprovalReasonsStepId = "compute-approval-reasons"
export const computeApprovalReasonsStep = createStep(
  computeApprovalReasonsStepId,
  async ({ member, cart }: ComputeApprovalReasonsInput, { container }) => {
    const reasons = await approvalReasons(container, memberOf(member), cart)
    if (!reasons.length) {
      throw refusal(REFUSAL.approval_not_required, "This cart needs no approval: you may complete it yourself")
    }
    return new StepResponse(reasons)
  }
)

/** Kept here for the public export (src/workflows/approval/utils/member.ts). */
export { memberOf }
