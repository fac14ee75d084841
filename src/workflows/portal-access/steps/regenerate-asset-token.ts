import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createReadableSecret } from "../../../lib/secrets"
import { portalService } from "../../common/module-services"

export const regenerateAssetTokenStepId = "regenerate-portal-asset-token"

/** A new token for an installation of the organization (404 for another's); the old one stops working. */
export const regenerateAssetTokenStep = createStep(
  regenerateAssetTokenStepId,
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    const service = portalService(container)
    const [previous] = await service.listPortalAssets({ id, organization_id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Asset with id: ${id} was not found`)
    const { code, hash } = createReadableSecret()
    const asset = await service.updatePortalAssets({ id, token_hash: hash })
    return new StepResponse({ asset, token: code }, { id, token_hash: previous.token_hash })
  },
  async (previous, { container }) => {
    if (!previous) return
    await portalService(container).updatePortalAssets(previous)
  }
)
