import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "../../common/module-services"

export type ExpireApprovalsStepInput = {
  /** Requests still pending that were made before this are expired. */
  created_before: Date
  /** Shown to the requester as the reason. */
  comment: string
}

/** Expires the requests left undecided too long; compensation reopens them. */
export const expireApprovalsStepId = "expire-approvals"
export const expireApprovalsStep = createStep(
  expireApprovalsStepId,
  async ({ created_before, comment }: ExpireApprovalsStepInput, { container }) => {
    const expired = await approvalService(container).expirePendingApprovals(created_before, comment)
    return new StepResponse(expired, expired.map((approval) => approval.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await approvalService(container).updateApprovalRequests(
      ids.map((id) => ({ id, status: "pending" as const, comment: null, decided_at: null }))
    )
  }
)
