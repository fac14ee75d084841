import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { CreateLocationDTO, UpdateLocationDTO } from "../../modules/organization/types"
import { createLocationStep, deleteLocationStep, updateLocationStep } from "./steps/locations"
import { validateOrganizationsExistStep } from "./steps/validate-organizations-exist"

const locationEvent = (data: { id: string; organization_id: string }) => data

export const createLocationWorkflow = createWorkflow("create-organization-location", (input: CreateLocationDTO) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const location = createLocationStep(input)
  const eventData = transform({ location, input }, ({ location, input }) =>
    locationEvent({ id: location.id, organization_id: input.organization_id })
  )
  emitEventStep({ eventName: OrganizationEvents.LOCATION_CREATED, data: eventData })
  return new WorkflowResponse(location)
})

export const updateLocationWorkflow = createWorkflow(
  "update-organization-location",
  (input: UpdateLocationDTO & { organization_id: string }) => {
    const location = updateLocationStep(input)
    const eventData = transform({ input }, ({ input }) => locationEvent({ id: input.id, organization_id: input.organization_id }))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_UPDATED, data: eventData })
    return new WorkflowResponse(location)
  }
)

export const deleteLocationWorkflow = createWorkflow(
  "delete-organization-location",
  (input: { organization_id: string; id: string }) => {
    deleteLocationStep(input)
    const eventData = transform({ input }, ({ input }) => locationEvent(input))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_DELETED, data: eventData })
    return new WorkflowResponse(input.id)
  }
)
