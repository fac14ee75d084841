import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { deleteLocationStep } from "../steps/delete-location"

export type DeleteLocationWorkflowInput = { organization_id: string; id: string } & AdditionalData

export const deleteLocationWorkflowId = "delete-organization-location"

/** Hook `locationDeleted` receives `{ id, organization_id, additional_data }`. */
export const deleteLocationWorkflow = createWorkflow(
  deleteLocationWorkflowId,
  (input: DeleteLocationWorkflowInput) => {
    deleteLocationStep(transform({ input }, ({ input }) => ({ organization_id: input.organization_id, id: input.id })))
    const eventData = transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id }))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_DELETED, data: eventData })
    const locationDeleted = createHook("locationDeleted", {
      id: input.id,
      organization_id: input.organization_id,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(input.id, { hooks: [locationDeleted] })
  }
)
