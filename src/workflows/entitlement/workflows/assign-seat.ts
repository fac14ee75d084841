import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../../lib/events"
import { assignSeatStep, type AssignSeatInput } from "../steps/assign-seat"
import { validateSeatHolderStep } from "../steps/validate-seat-holder"

export const assignSeatWorkflowId = "assign-entitlement-seat"

/**
 * One seat of an organization's entitlement for a member or (trainings) an outside
 * participant. Safe to run from a merchant's own code: the holder is checked here
 * (validate-seat-holder), the seat count under the entitlement's lock (assign-seat).
 */
export const assignSeatWorkflow = createWorkflow(assignSeatWorkflowId, (input: AssignSeatInput) => {
  validateSeatHolderStep(input)
  const seat = assignSeatStep(input)
  const eventData = transform({ seat, input }, ({ seat, input }) => ({
    id: seat.id,
    entitlement_id: input.entitlement_id,
    organization_id: input.organization_id,
    membership_id: seat.membership_id ?? null,
  }))
  emitEventStep({ eventName: EntitlementEvents.SEAT_ASSIGNED, data: eventData })
  return new WorkflowResponse(seat)
})
