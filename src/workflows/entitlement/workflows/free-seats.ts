import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { freeSeatsStep, type FreeSeatsInput } from "../steps/free-seats"

export type FreeSeatsWorkflowInput = FreeSeatsInput & AdditionalData

export const freeSeatsWorkflowId = "free-entitlement-seats"

/**
 * Frees one seat, or (member removed) all of a member's seats.
 * Hook `seatsFreed` receives `{ seats, organization_id, additional_data }`.
 */
export const freeSeatsWorkflow = createWorkflow(freeSeatsWorkflowId, (input: FreeSeatsWorkflowInput) => {
  const freed = freeSeatsStep(input)
  const eventData = transform({ freed, input }, ({ freed, input }) =>
    freed.map((seat) => ({ ...seat, organization_id: input.organization_id }))
  )
  emitEventStep({ eventName: EntitlementEvents.SEAT_REMOVED, data: eventData })
  const seatsFreed = createHook("seatsFreed", {
    seats: freed,
    organization_id: input.organization_id,
    additional_data: input.additional_data,
  })
  return new WorkflowResponse(freed, { hooks: [seatsFreed] })
})
