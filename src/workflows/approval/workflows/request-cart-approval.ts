import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { ApprovalEvents } from "../../../lib/events"
import type { WorkflowActor } from "../../common/actor"
import { computeApprovalReasonsStep } from "../steps/compute-approval-reasons"
import { fingerprintCartStep } from "../steps/fingerprint-cart"
import { requestApprovalStep } from "../steps/request-approval"
import { validateOrganizationCartStep } from "../steps/validate-organization-cart"

export type RequestCartApprovalInput = {
  cart_id: string
  /** The cart's own member (a merchant does not ask approval). */
  actor: WorkflowActor
} & AdditionalData

export const requestCartApprovalWorkflowId = "request-cart-approval"

/**
 * A member asks approval for their organization cart as it is now. The workflow works out
 * everything else (the acting member, the fingerprint, the snapshot approvers are shown, the
 * total, why approval is needed)
 * and refuses what the store route refuses; approvers are e-mailed by a subscriber.
 * Hook `approvalRequested` ({ approval, additional_data }) runs after the request is recorded.
 */
export const requestCartApprovalWorkflow = createWorkflow(requestCartApprovalWorkflowId, (input: RequestCartApprovalInput) => {
  const member = validateOrganizationCartStep({ cart_id: input.cart_id, actor: input.actor })
  const cart = fingerprintCartStep({ cart_id: input.cart_id })
  const reasons = computeApprovalReasonsStep({ member, cart })
  const data = transform({ member, cart, reasons }, ({ member, cart, reasons }) => ({
    cart_id: cart.id,
    organization_id: member.organization_id,
    requested_by: member.membership.id,
    requester_customer_id: member.customer_id,
    fingerprint: cart.fingerprint,
    currency_code: cart.currency_code,
    total: cart.total,
    reasons,
    snapshot: cart.snapshot,
  }))
  const request = requestApprovalStep(data)
  const eventData = transform({ request }, ({ request }) => ({ id: request.id, organization_id: request.organization_id }))
  emitEventStep({ eventName: ApprovalEvents.REQUESTED, data: eventData })
  const approvalRequested = createHook("approvalRequested", { approval: request, additional_data: input.additional_data })
  return new WorkflowResponse(request, { hooks: [approvalRequested] })
})
