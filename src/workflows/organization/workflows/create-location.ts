import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateLocationDTO } from "../../../modules/organization/types"
import { createLocationStep } from "../steps/create-location"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export const createLocationWorkflow = createWorkflow("create-organization-location", (input: CreateLocationDTO) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const location = createLocationStep(input)
  const eventData = transform({ location, input }, ({ location, input }) => ({
    id: location.id,
    organization_id: input.organization_id,
  }))
  emitEventStep({ eventName: OrganizationEvents.LOCATION_CREATED, data: eventData })
  return new WorkflowResponse(location)
})
