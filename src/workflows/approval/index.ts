import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ApprovalEvents } from "../../lib/events"
import { validateOrganizationsExistStep } from "../organization/steps/validate-organizations-exist"
import {
  decideApprovalStep,
  requestApprovalStep,
  setApprovalPolicyStep,
  type ApprovalPolicyInput,
  type DecideApprovalInput,
  type RequestApprovalInput,
} from "./steps/approvals"

export * from "./steps/approvals"

/** A member asks approval for a cart as it is now; approvers are e-mailed by a subscriber. */
export const requestCartApprovalWorkflow = createWorkflow("request-cart-approval", (input: RequestApprovalInput) => {
  const request = requestApprovalStep(input)
  const eventData = transform({ request }, ({ request }) => ({ id: request.id, organization_id: request.organization_id }))
  emitEventStep({ eventName: ApprovalEvents.REQUESTED, data: eventData })
  return new WorkflowResponse(request)
})

/** Approves or rejects once; the requester is e-mailed the decision by a subscriber. */
export const decideApprovalWorkflow = createWorkflow("decide-approval", (input: DecideApprovalInput) => {
  const decided = decideApprovalStep(input)
  const eventData = transform({ decided }, ({ decided }) => ({ id: decided.id, organization_id: decided.organization_id }))
  const eventName = transform({ input }, ({ input }) =>
    input.status === "approved" ? ApprovalEvents.APPROVED : ApprovalEvents.REJECTED
  )
  emitEventStep({ eventName: eventName as unknown as string, data: eventData })
  return new WorkflowResponse(decided)
})

export const setApprovalPolicyWorkflow = createWorkflow(
  "set-approval-policy",
  (input: ApprovalPolicyInput) => {
    validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
    return new WorkflowResponse(setApprovalPolicyStep(input))
  }
)
