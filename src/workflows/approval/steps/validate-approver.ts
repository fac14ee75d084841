import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import type { ActingMember } from "../../../lib/acting-member"
import { approvalReasons } from "../../cart/approval-rules"
import type { WorkflowActor } from "../../common/actor"
import { memberOf } from "../utils/member"
import type { ApprovalDecider } from "./decide-approval"
import type { RetrievedApproval } from "./retrieve-approval"

export type ValidateApproverInput = {
  approval: RetrievedApproval
  decision: "approved" | "rejected"
  actor: WorkflowActor
  /** The actor's membership in the approval's organization (null for the merchant). */
  member: ActingMember | null
}

/**
 * Who may decide: the merchant, or a member of the request's own organization holding
 * orders.approve (resolve-acting-member checked that) who does not approve their own request
 * unless they could have placed that order without one (403 `self_approval_forbidden`).
 * A decided request answers 409 `approval_already_decided`; the decision step checks that
 * again under the row lock, where parallel decisions meet.
 */
export const validateApproverStepId = "validate-approver"
export const validateApproverStep = createStep(
  validateApproverStepId,
  async ({ approval, decision, actor, member }: ValidateApproverInput, { container }) => {
    let decider: ApprovalDecider
    if (actor.type === "merchant") {
      decider = { type: "merchant", user_id: actor.user_id ?? null }
    } else {
      if (!member || member.organization_id !== approval.organization_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${approval.id} was not found`)
      }
      if (decision === "approved" && approval.requested_by === member.membership.id) {
        const reasons = await approvalReasons(container, memberOf(member), {
          id: approval.cart_id,
          currency_code: approval.currency_code,
          total: approval.total,
          fingerprint: "",
        })
        if (reasons.length) {
          throw refusal(REFUSAL.self_approval_forbidden, `You cannot approve your own request: ${reasons.join("; ")}`)
        }
      }
      decider = { type: "member", membership_id: member.membership.id }
    }
    if (approval.status !== "pending") {
      throw new ConflictError(`Approval ${approval.id} is already ${approval.status}`, REFUSAL.approval_already_decided)
    }
    return new StepResponse(decider)
  }
)
