import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { ApprovalEvents } from "../../../lib/events"
import { expireApprovalsStep } from "../steps/expire-approvals"

export type ExpireApprovalsInput = {
  /** Days a request may wait for a decision (the `approvalExpiryDays` option). */
  older_than_days: number
  /** Now, as the scheduled job's tick saw it. */
  now?: Date
} & AdditionalData

export const expireApprovalsWorkflowId = "expire-approvals"

/**
 * Expires the pending requests older than `older_than_days` (the scheduled job
 * `b2b-expire-approvals`); each requester is e-mailed by a subscriber of `approval.expired`
 * and may ask again. Hook `approvalsExpired` ({ approvals, additional_data }) runs after.
 */
export const expireApprovalsWorkflow = createWorkflow(expireApprovalsWorkflowId, (input: ExpireApprovalsInput) => {
  const stepInput = transform({ input }, ({ input }) => {
    const now = input.now ? new Date(input.now) : new Date()
    return {
      created_before: new Date(now.getTime() - input.older_than_days * 24 * 60 * 60 * 1000),
      comment: `No decision within ${input.older_than_days} days`,
    }
  })
  const expired = expireApprovalsStep(stepInput)
  emitEventStep({ eventName: ApprovalEvents.EXPIRED, data: expired })
  const approvalsExpired = createHook("approvalsExpired", { approvals: expired, additional_data: input.additional_data })
  return new WorkflowResponse(expired, { hooks: [approvalsExpired] })
})
