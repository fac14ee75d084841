import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AccountRequestEvents } from "../../../lib/events"
import { decideAccountRequestStep } from "../steps/decide-account-request"
import { validateAccountRequestPendingStep } from "../steps/validate-account-request-pending"

export const rejectAccountRequestWorkflowId = "reject-account-request"

/** The merchant turns a request down once (409 after any decision); a subscriber e-mails the contact the reason. */
export const rejectAccountRequestWorkflow = createWorkflow(
  rejectAccountRequestWorkflowId,
  (input: { id: string; reason: string; decided_by: string }) => {
    validateAccountRequestPendingStep(input.id)
    const decision = transform({ input }, ({ input }) => ({ ...input, status: "rejected" as const }))
    const request = decideAccountRequestStep(decision)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: AccountRequestEvents.REJECTED, data: eventData })
    return new WorkflowResponse(request)
  }
)
