import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../lib/events"
import type { SeatHolder } from "../../modules/entitlement/service"
import { validateOrganizationsExistStep } from "../organization/steps/validate-organizations-exist"
import {
  assignSeatStep,
  createEntitlementsStep,
  deleteEntitlementStep,
  entitlementsFromOrderStep,
  freeSeatsStep,
  updateEntitlementStep,
  type CreateEntitlementInput,
  type UpdateEntitlementInput,
} from "./steps/entitlements"

export * from "./steps/entitlements"

/** The merchant grants an entitlement by hand. */
export const createEntitlementWorkflow = createWorkflow("create-entitlement", (input: CreateEntitlementInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const created = createEntitlementsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

/** Entitlements for what an organization's order bought (subscriber to organization.order_placed). */
export const createEntitlementsFromOrderWorkflow = createWorkflow(
  "create-entitlements-from-order",
  (input: { order_id: string; organization_id: string }) => {
    const inputs = entitlementsFromOrderStep(input)
    return new WorkflowResponse(createEntitlementsStep(inputs))
  }
)

export const updateEntitlementWorkflow = createWorkflow("update-entitlement", (input: UpdateEntitlementInput) => {
  return new WorkflowResponse(updateEntitlementStep(input))
})

export const deleteEntitlementWorkflow = createWorkflow(
  "delete-entitlement",
  (input: { organization_id: string; id: string }) => {
    deleteEntitlementStep(input)
    return new WorkflowResponse(input.id)
  }
)

export const assignSeatWorkflow = createWorkflow(
  "assign-entitlement-seat",
  (input: { organization_id: string; entitlement_id: string; holder: SeatHolder }) => {
    const seat = assignSeatStep(input)
    const eventData = transform({ seat, input }, ({ seat, input }) => ({
      id: seat.id,
      entitlement_id: input.entitlement_id,
      organization_id: input.organization_id,
      membership_id: (seat as any).membership_id ?? null,
    }))
    emitEventStep({ eventName: EntitlementEvents.SEAT_ASSIGNED, data: eventData })
    return new WorkflowResponse(seat)
  }
)

/** Frees one seat, or (member removed) all of a member's seats. */
export const freeSeatsWorkflow = createWorkflow(
  "free-entitlement-seats",
  (
    input:
      | { organization_id: string; entitlement_id: string; seat_id: string; membership_id?: undefined }
      | { organization_id: string; membership_id: string; entitlement_id?: undefined; seat_id?: undefined }
  ) => {
    const freed = freeSeatsStep(input)
    const eventData = transform({ freed, input }, ({ freed, input }) =>
      freed.map((seat) => ({ ...seat, organization_id: input.organization_id }))
    )
    emitEventStep({ eventName: EntitlementEvents.SEAT_REMOVED, data: eventData })
    return new WorkflowResponse(freed)
  }
)
