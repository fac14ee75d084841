import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import { deleteLocationStep } from "../steps/delete-location"

export const deleteLocationWorkflow = createWorkflow(
  "delete-organization-location",
  (input: { organization_id: string; id: string }) => {
    deleteLocationStep(input)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id }))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_DELETED, data: eventData })
    return new WorkflowResponse(input.id)
  }
)
