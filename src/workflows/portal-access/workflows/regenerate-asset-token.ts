import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PortalEvents } from "../../../lib/events"
import { regenerateAssetTokenStep } from "../steps/regenerate-asset-token"

export const regenerateAssetTokenWorkflowId = "regenerate-portal-asset-token"

export const regenerateAssetTokenWorkflow = createWorkflow(
  regenerateAssetTokenWorkflowId,
  (input: { organization_id: string; id: string }) => {
    const regenerated = regenerateAssetTokenStep(input)
    emitEventStep({
      eventName: PortalEvents.ASSET_TOKEN_REGENERATED,
      data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
    })
    return new WorkflowResponse(regenerated)
  }
)
