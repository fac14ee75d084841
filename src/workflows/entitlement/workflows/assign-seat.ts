import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { assignSeatStep, type AssignSeatInput } from "../steps/assign-seat"
import { validateSeatHolderStep } from "../steps/validate-seat-holder"

export type AssignSeatWorkflowInput = AssignSeatInput & AdditionalData

export const assignSeatWorkflowId = "assign-entitlement-seat"

/**
 * One seat of an organization's entitlement for a member or (trainings) an outside
 * participant. Safe to run from a merchant's own code: the holder is checked here
 * (validate-seat-holder), the seat count under the entitlement's lock (assign-seat).
 * Hook `seatAssigned` receives `{ seat, additional_data }`.
 */
export const assignSeatWorkflow = createWorkflow(assignSeatWorkflowId, (input: AssignSeatWorkflowInput) => {
  validateSeatHolderStep(input)
  const seat = assignSeatStep(input)
  const eventData = transform({ seat, input }, ({ seat, input }) => ({
    id: seat.id,
    entitlement_id: input.entitlement_id,
    organization_id: input.organization_id,
    membership_id: seat.membership_id ?? null,
  }))
  emitEventStep({ eventName: EntitlementEvents.SEAT_ASSIGNED, data: eventData })
  const seatAssigned = createHook("seatAssigned", { seat, additional_data: input.additional_data })
  return new WorkflowResponse(seat, { hooks: [seatAssigned] })
})
