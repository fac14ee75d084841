import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PortalEvents } from "../../../lib/events"
import { regenerateAssetTokenStep } from "../steps/regenerate-asset-token"

export type RegenerateAssetTokenWorkflowInput = { organization_id: string; id: string } & AdditionalData

export const regenerateAssetTokenWorkflowId = "regenerate-portal-asset-token"

/** Hook `assetTokenRegenerated` receives `{ asset, additional_data }` (never the token). */
export const regenerateAssetTokenWorkflow = createWorkflow(
  regenerateAssetTokenWorkflowId,
  (input: RegenerateAssetTokenWorkflowInput) => {
    const regenerated = regenerateAssetTokenStep(
      transform({ input }, ({ input }) => ({ organization_id: input.organization_id, id: input.id }))
    )
    emitEventStep({
      eventName: PortalEvents.ASSET_TOKEN_REGENERATED,
      data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
    })
    const assetTokenRegenerated = createHook("assetTokenRegenerated", {
      asset: regenerated.asset,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(regenerated, { hooks: [assetTokenRegenerated] })
  }
)
