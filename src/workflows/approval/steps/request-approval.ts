import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateApprovalRequestDTO } from "../../../modules/approval/types"
import { approvalService } from "../../common/module-services"

export type RequestApprovalInput = CreateApprovalRequestDTO

/**
 * Creates the request; the cart's older open ones expire and its older unused approvals are
 * superseded. Compensation deletes it and gives those back their status (a pending one its
 * empty comment; an approval keeps its decider's comment throughout).
 */
export const requestApprovalStepId = "request-approval"
export const requestApprovalStep = createStep(
  requestApprovalStepId,
  async (input: RequestApprovalInput, { container }) => {
    const { request, superseded } = await approvalService(container).requestApproval(input)
    return new StepResponse(request, { id: request.id, superseded })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    await service.deleteApprovalRequests(undo.id)
    if (undo.superseded.length) {
      await service.updateApprovalRequests(
        undo.superseded.map(({ id, previous }) => (previous === "pending" ? { id, status: previous, comment: null } : { id, status: previous }))
      )
    }
  }
)
