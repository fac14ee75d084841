import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "../../common/module-services"

/** Ties the approved request a cart completed with (the placing membership's own) to the order it became. */
export const linkApprovalToOrderStepId = "link-approval-to-order"
export const linkApprovalToOrderStep = createStep(
  linkApprovalToOrderStepId,
  async (
    { cart_id, order_id, membership_id }: { cart_id: string; order_id: string; membership_id?: string | null },
    { container }
  ) => {
    const service = approvalService(container)
    const [approved] = await service.listApprovalRequests(
      { cart_id, status: "approved", order_id: null, ...(membership_id ? { requested_by: membership_id } : {}) },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (!approved) return new StepResponse(null, null)
    await service.updateApprovalRequests({ id: approved.id, order_id })
    return new StepResponse(approved.id, approved.id)
  },
  async (id, { container }) => {
    if (!id) return
    await approvalService(container).updateApprovalRequests({ id, order_id: null })
  }
)
