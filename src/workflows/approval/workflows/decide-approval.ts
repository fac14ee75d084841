import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { ApprovalEvents } from "../../../lib/events"
import type { WorkflowActor } from "../../common/actor"
import { resolveActingMemberStep } from "../../common/steps/resolve-acting-member"
import { decideApprovalStep } from "../steps/decide-approval"
import { retrieveApprovalStep } from "../steps/retrieve-approval"
import { validateApprovalCurrentStep } from "../steps/validate-approval-current"
import { validateApproverStep } from "../steps/validate-approver"

export type DecideApprovalInput = {
  approval_id: string
  decision: "approved" | "rejected"
  note?: string | null
  actor: WorkflowActor
  /** Scope the request to this organization (a store route's `:id`); another's answers 404. */
  organization_id?: string | null
} & AdditionalData

export const decideApprovalWorkflowId = "decide-approval"

/**
 * Approves or rejects a request once: a member of its organization with orders.approve
 * (never their own unless they could have ordered without it) or the merchant, while the cart
 * is still what was asked and its requester's membership still exists (409 `approval_stale`). The
 * requester is e-mailed by a subscriber. Hook `approvalDecided` ({ approval, additional_data }) runs after.
 */
export const decideApprovalWorkflow = createWorkflow(decideApprovalWorkflowId, (input: DecideApprovalInput) => {
  const approval = retrieveApprovalStep({ approval_id: input.approval_id, organization_id: input.organization_id })
  const resolveInput = transform({ input, approval }, ({ input, approval }) => ({
    actor: input.actor,
    organization_id: approval.organization_id,
    any_of: ["orders.approve" as const],
    not_found_message: `Approval with id: ${approval.id} was not found`,
  }))
  const member = resolveActingMemberStep(resolveInput)
  const decider = validateApproverStep({ approval, decision: input.decision, actor: input.actor, member })
  validateApprovalCurrentStep({ approval })
  const decideInput = transform({ input, approval, decider }, ({ input, approval, decider }) => ({
    id: approval.id,
    // The member's organization scopes the locked lookup; the merchant decides any.
    organization_id: input.actor.type === "member" ? approval.organization_id : null,
    status: input.decision,
    decider,
    comment: input.note ?? null,
  }))
  const decided = decideApprovalStep(decideInput)
  const eventData = transform({ decided }, ({ decided }) => ({ id: decided.id, organization_id: decided.organization_id }))
  const eventName = transform({ input }, ({ input }) =>
    input.decision === "approved" ? ApprovalEvents.APPROVED : ApprovalEvents.REJECTED
  )
  emitEventStep({ eventName, data: eventData })
  const approvalDecided = createHook("approvalDecided", { approval: decided, additional_data: input.additional_data })
  return new WorkflowResponse(decided, { hooks: [approvalDecided] })
})
