import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PortalEvents } from "../../../lib/events"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { createAssetStep, type CreateAssetInput } from "../steps/create-asset"
import { validateLocationStep } from "../steps/validate-portal-location"

export const createAssetWorkflowId = "create-portal-asset"

/** An installation at one of the organization's locations; its token is answered once. */
export const createAssetWorkflow = createWorkflow(createAssetWorkflowId, (input: CreateAssetInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  validateLocationStep(input)
  const created = createAssetStep(input)
  emitEventStep({
    eventName: PortalEvents.ASSET_CREATED,
    data: transform({ created }, ({ created }) => ({ id: created.asset.id, organization_id: created.asset.organization_id })),
  })
  return new WorkflowResponse(created)
})
