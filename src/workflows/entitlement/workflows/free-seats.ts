import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../../lib/events"
import { freeSeatsStep, type FreeSeatsInput } from "../steps/free-seats"

export const freeSeatsWorkflowId = "free-entitlement-seats"

/** Frees one seat, or (member removed) all of a member's seats. */
export const freeSeatsWorkflow = createWorkflow(freeSeatsWorkflowId, (input: FreeSeatsInput) => {
  const freed = freeSeatsStep(input)
  const eventData = transform({ freed, input }, ({ freed, input }) =>
    freed.map((seat) => ({ ...seat, organization_id: input.organization_id }))
  )
  emitEventStep({ eventName: EntitlementEvents.SEAT_REMOVED, data: eventData })
  return new WorkflowResponse(freed)
})
