import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createReadableSecret } from "../../../lib/secrets"
import { portalService } from "../../common/module-services"

export type CreateAccessCodeInput = { organization_id: string; location_id?: string | null; requires_installation_token?: boolean }

export const createAccessCodeStepId = "create-portal-access-code"

/** A new code; the code itself only goes back to the caller, the hash into the database. */
export const createAccessCodeStep = createStep(
  createAccessCodeStepId,
  async (input: CreateAccessCodeInput, { container }) => {
    const { code, hash } = createReadableSecret()
    const created = await portalService(container).createPortalAccessCodes({
      ...input,
      code_hash: hash,
      regenerated_at: new Date(),
    })
    return new StepResponse({ access_code: created, code }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await portalService(container).deletePortalAccessCodes(id)
  }
)
