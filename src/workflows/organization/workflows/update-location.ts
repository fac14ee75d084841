import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { UpdateLocationDTO } from "../../../modules/organization/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { updateLocationStep } from "../steps/update-location"

export type UpdateLocationWorkflowInput = UpdateLocationDTO & { organization_id: string } & AdditionalData

export const updateLocationWorkflowId = "update-organization-location"

/** Hook `locationUpdated` receives `{ location, additional_data }`. */
export const updateLocationWorkflow = createWorkflow(
  updateLocationWorkflowId,
  (input: UpdateLocationWorkflowInput) => {
    const location = updateLocationStep(withoutAdditionalData(input))
    const eventData = transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id }))
    emitEventStep({ eventName: OrganizationEvents.LOCATION_UPDATED, data: eventData })
    const locationUpdated = createHook("locationUpdated", { location, additional_data: input.additional_data })
    return new WorkflowResponse(location, { hooks: [locationUpdated] })
  }
)
