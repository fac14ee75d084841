import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { UpdateLocationDTO } from "../../../modules/organization/types"
import { updateLocationStep } from "../steps/update-location"

export const updateLocationWorkflow = createWorkflow(
  "update-organization-location",
  (input: UpdateLocationDTO & { organization_id: string }) => {
    const location = updateLocationStep(input)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id }))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_UPDATED, data: eventData })
    return new WorkflowResponse(location)
  }
)
