import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "../../common/module-services"

export type RetrieveApprovalInput = { approval_id: string; organization_id?: string | null }

/** The request as the decision rules read it; 404 also for another organization's. */
export const retrieveApprovalStepId = "retrieve-approval"
export const retrieveApprovalStep = createStep(
  retrieveApprovalStepId,
  async ({ approval_id, organization_id }: RetrieveApprovalInput, { container }) => {
    const [approval] = await approvalService(container).listApprovalRequests(
      { id: approval_id, ...(organization_id ? { organization_id } : {}) },
      { select: ["id", "organization_id", "cart_id", "requested_by", "status", "currency_code", "total", "fingerprint"] }
    )
    if (!approval) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval with id: ${approval_id} was not found`)
    return new StepResponse({
      id: approval.id,
      organization_id: approval.organization_id,
      cart_id: approval.cart_id,
      requested_by: approval.requested_by,
      status: approval.status,
      currency_code: approval.currency_code,
      total: Number(approval.total),
      fingerprint: approval.fingerprint,
    })
  }
)

export type RetrievedApproval = {
  id: string
  organization_id: string
  cart_id: string
  requested_by: string
  status: string
  currency_code: string
  total: number
  fingerprint: string
}
