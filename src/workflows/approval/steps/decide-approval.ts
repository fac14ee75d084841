import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "../../common/module-services"

/** Who decides, as recorded: a membership (a member in the store) or an admin user (the merchant). */
export type ApprovalDecider = { type: "member"; membership_id: string } | { type: "merchant"; user_id: string | null }

export type DecideApprovalStepInput = {
  id: string
  /** Null for the merchant, who may decide any organization's request. */
  organization_id: string | null
  status: "approved" | "rejected"
  decider: ApprovalDecider
  comment?: string | null
}

/** One decision per request, whoever decides (409 `approval_already_decided` for the others); compensation reopens it. */
export const decideApprovalStepId = "decide-approval"
export const decideApprovalStep = createStep(
  decideApprovalStepId,
  async ({ id, organization_id, status, decider, comment }: DecideApprovalStepInput, { container }) => {
    const decided = await approvalService(container).decideApproval(id, organization_id, {
      status,
      comment: comment ?? null,
      decided_by: decider.type === "member" ? decider.membership_id : decider.user_id,
      decided_by_type: decider.type,
    })
    return new StepResponse(decided, id)
  },
  async (id, { container }) => {
    if (!id) return
    await approvalService(container).updateApprovalRequests({
      id,
      status: "pending",
      decided_by: null,
      decided_by_type: null,
      decided_at: null,
      comment: null,
    })
  }
)
