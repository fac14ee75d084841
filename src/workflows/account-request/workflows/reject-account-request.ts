import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { AccountRequestEvents } from "../../../lib/events"
import { stripAdditionalData } from "../../common/utils/additional-data"
import { decideAccountRequestStep } from "../steps/decide-account-request"
import { validateAccountRequestPendingStep } from "../steps/validate-account-request-pending"

export type RejectAccountRequestWorkflowInput = { id: string; reason: string; decided_by: string } & AdditionalData

export const rejectAccountRequestWorkflowId = "reject-account-request"

/**
 * The merchant turns a request down once (409 after any decision); a subscriber e-mails the contact the reason.
 * Hook `accountRequestRejected` receives `{ account_request, additional_data }`.
 */
export const rejectAccountRequestWorkflow = createWorkflow(
  rejectAccountRequestWorkflowId,
  (input: RejectAccountRequestWorkflowInput) => {
    validateAccountRequestPendingStep(input.id)
    const decision = transform({ input }, ({ input }) => ({ ...stripAdditionalData(input), status: "rejected" as const }))
    const request = decideAccountRequestStep(decision)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: AccountRequestEvents.REJECTED, data: eventData })
    const accountRequestRejected = createHook("accountRequestRejected", {
      account_request: request,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(request, { hooks: [accountRequestRejected] })
  }
)
