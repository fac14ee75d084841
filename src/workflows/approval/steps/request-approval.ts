import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateApprovalRequestDTO } from "../../../modules/approval/types"
import { approvalService } from "./approval-service"

export type RequestApprovalInput = CreateApprovalRequestDTO

/** Creates the request and expires the cart's older open ones; compensation reopens those. */
export const requestApprovalStep = createStep(
  "request-approval",
  async (input: RequestApprovalInput, { container }) => {
    const { request, superseded } = await approvalService(container).requestApproval(input)
    return new StepResponse(request, { id: request.id, superseded })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    await service.deleteApprovalRequests(undo.id)
    if (undo.superseded.length) {
      await service.updateApprovalRequests(undo.superseded.map((id) => ({ id, status: "pending" as const, comment: null })))
    }
  }
)
