import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createReadableSecret } from "../../../lib/secrets"
import { portalService } from "../../common/module-services"

export type ChangeAccessCodeInput = { organization_id: string; id: string; enabled?: boolean; regenerate?: boolean }

export const changeAccessCodeStepId = "change-portal-access-code"

/** Switches a code on or off, or gives it a new value (the old one and its sessions die at once). */
export const changeAccessCodeStep = createStep(
  changeAccessCodeStepId,
  async ({ organization_id, id, enabled, regenerate }: ChangeAccessCodeInput, { container }) => {
    const service = portalService(container)
    const [previous] = await service.listPortalAccessCodes({ id, organization_id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Access code with id: ${id} was not found`)
    const secret = regenerate ? createReadableSecret() : null
    // A new generation ends every session made before: on regenerating and on disabling.
    const revoked = Boolean(secret) || enabled === false
    const updated = await service.updatePortalAccessCodes({
      id,
      ...(enabled === undefined ? {} : { enabled }),
      ...(secret ? { code_hash: secret.hash } : {}),
      ...(revoked ? { regenerated_at: new Date() } : {}),
    })
    return new StepResponse(
      { access_code: updated, code: secret?.code ?? null, revoked },
      { id, enabled: previous.enabled, code_hash: previous.code_hash, regenerated_at: previous.regenerated_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await portalService(container).updatePortalAccessCodes(previous)
  }
)
