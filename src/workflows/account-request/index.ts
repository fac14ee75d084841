import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AccountRequestEvents } from "../../lib/events"
import type { CreateAccountRequestDTO } from "../../modules/organization/types"
import { createAccountRequestStep } from "./steps/create-account-request"
import { decideAccountRequestStep } from "./steps/decide-account-request"

export * from "./steps/create-account-request"
export * from "./steps/decide-account-request"

export const createAccountRequestWorkflowId = "create-account-request"

export const createAccountRequestWorkflow = createWorkflow(
  createAccountRequestWorkflowId,
  (input: CreateAccountRequestDTO) => {
    const request = createAccountRequestStep(input)
    const eventData = transform({ request }, ({ request }) => ({ id: request.id }))
    emitEventStep({ eventName: AccountRequestEvents.CREATED, data: eventData })
    return new WorkflowResponse(request)
  }
)

export const rejectAccountRequestWorkflowId = "reject-account-request"

/** The merchant turns a request down; a subscriber e-mails the contact the reason. */
export const rejectAccountRequestWorkflow = createWorkflow(
  rejectAccountRequestWorkflowId,
  (input: { id: string; reason: string; decided_by: string }) => {
    const decision = transform({ input }, ({ input }) => ({ ...input, status: "rejected" as const }))
    const request = decideAccountRequestStep(decision)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: AccountRequestEvents.REJECTED, data: eventData })
    return new WorkflowResponse(request)
  }
)
