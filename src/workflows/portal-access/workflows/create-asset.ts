import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PortalEvents } from "../../../lib/events"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { createAssetStep, type CreateAssetInput } from "../steps/create-asset"
import { validateLocationStep } from "../steps/validate-portal-location"

export type CreateAssetWorkflowInput = CreateAssetInput & AdditionalData

export const createAssetWorkflowId = "create-portal-asset"

/**
 * An installation at one of the organization's locations; its token is answered once.
 * Hook `assetCreated` receives `{ asset, additional_data }` (never the token).
 */
export const createAssetWorkflow = createWorkflow(createAssetWorkflowId, (input: CreateAssetWorkflowInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const data = withoutAdditionalData(input)
  validateLocationStep(data)
  const created = createAssetStep(data)
  emitEventStep({
    eventName: PortalEvents.ASSET_CREATED,
    data: transform({ created }, ({ created }) => ({ id: created.asset.id, organization_id: created.asset.organization_id })),
  })
  const assetCreated = createHook("assetCreated", { asset: created.asset, additional_data: input.additional_data })
  return new WorkflowResponse(created, { hooks: [assetCreated] })
})
