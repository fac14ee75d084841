import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createReadableSecret } from "../../../lib/secrets"
import { portalService } from "../../common/module-services"

export type CreateAssetInput = {
  organization_id: string
  location_id: string
  name: string
  serial_number?: string | null
  product_variant_id?: string | null
}

export const createAssetStepId = "create-portal-asset"

/** A new installation; its token goes back to the caller once, the hash into the database. */
export const createAssetStep = createStep(
  createAssetStepId,
  async (input: CreateAssetInput, { container }) => {
    const { code, hash } = createReadableSecret()
    const asset = await portalService(container).createPortalAssets({ ...input, token_hash: hash })
    return new StepResponse({ asset, token: code }, asset.id)
  },
  async (id, { container }) => {
    if (!id) return
    await portalService(container).deletePortalAssets(id)
  }
)
