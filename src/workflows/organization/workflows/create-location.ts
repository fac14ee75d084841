import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateLocationDTO } from "../../../modules/organization/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { createLocationStep } from "../steps/create-location"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export type CreateLocationWorkflowInput = CreateLocationDTO & AdditionalData

export const createLocationWorkflowId = "create-organization-location"

/** Hook `locationCreated` receives `{ location, additional_data }`. */
export const createLocationWorkflow = createWorkflow(createLocationWorkflowId, (input: CreateLocationWorkflowInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const location = createLocationStep(withoutAdditionalData(input))
  const eventData = transform({ location, input }, ({ location, input }) => ({
    id: location.id,
    organization_id: input.organization_id,
  }))
  emitEventStep({ eventName: OrganizationEvents.LOCATION_CREATED, data: eventData })
  const locationCreated = createHook("locationCreated", { location, additional_data: input.additional_data })
  return new WorkflowResponse(location, { hooks: [locationCreated] })
})
