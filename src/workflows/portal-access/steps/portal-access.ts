import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createReadableSecret } from "../../../lib/secrets"
import { PORTAL_ACCESS_MODULE } from "../../../modules/portal-access"
import type PortalAccessModuleService from "../../../modules/portal-access/service"
import { organizationService } from "../../organization/steps/organization-service"

export const portalService = (container: MedusaContainer): PortalAccessModuleService =>
  container.resolve(PORTAL_ACCESS_MODULE)

/** 404 unless the location is a live one of the organization. */
export const validateLocationStep = createStep(
  "validate-portal-location",
  async ({ organization_id, location_id }: { organization_id: string; location_id?: string | null }, { container }) => {
    if (!location_id) return new StepResponse(null)
    const [location] = await organizationService(container).listOrganizationLocations(
      { id: location_id, organization_id },
      { select: ["id"] }
    )
    if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${location_id} was not found`)
    return new StepResponse(location_id)
  }
)

export type CreateAccessCodeInput = { organization_id: string; location_id?: string | null; requires_installation_token?: boolean }

/** A new code; the code itself only goes back to the caller, the hash into the database. */
export const createAccessCodeStep = createStep(
  "create-portal-access-code",
  async (input: CreateAccessCodeInput, { container }) => {
    const { code, hash } = createReadableSecret()
    const created = await portalService(container).createPortalAccessCodes({
      ...input,
      code_hash: hash,
      regenerated_at: new Date(),
    } as any)
    return new StepResponse({ access_code: created, code }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await portalService(container).deletePortalAccessCodes(id)
  }
)

export type ChangeAccessCodeInput = { organization_id: string; id: string; enabled?: boolean; regenerate?: boolean }

/** Switches a code on or off, or gives it a new value (the old one and its sessions die at once). */
export const changeAccessCodeStep = createStep(
  "change-portal-access-code",
  async ({ organization_id, id, enabled, regenerate }: ChangeAccessCodeInput, { container }) => {
    const service = portalService(container)
    const [previous] = await service.listPortalAccessCodes({ id, organization_id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Access code with id: ${id} was not found`)
    const secret = regenerate ? createReadableSecret() : null
    const updated = await service.updatePortalAccessCodes({
      id,
      ...(enabled === undefined ? {} : { enabled }),
      ...(secret ? { code_hash: secret.hash } : {}),
      // A new generation ends every session made before: on regenerating and on disabling.
      ...(secret || enabled === false ? { regenerated_at: new Date() } : {}),
    } as any)
    return new StepResponse(
      { access_code: updated, code: secret?.code ?? null },
      { id, enabled: previous.enabled, code_hash: previous.code_hash, regenerated_at: previous.regenerated_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await portalService(container).updatePortalAccessCodes(previous as any)
  }
)

export type CreateAssetInput = {
  organization_id: string
  location_id: string
  name: string
  serial_number?: string | null
  product_variant_id?: string | null
}

export const createAssetStep = createStep(
  "create-portal-asset",
  async (input: CreateAssetInput, { container }) => {
    const { code, hash } = createReadableSecret()
    const asset = await portalService(container).createPortalAssets({ ...input, token_hash: hash } as any)
    return new StepResponse({ asset, token: code }, asset.id)
  },
  async (id, { container }) => {
    if (!id) return
    await portalService(container).deletePortalAssets(id)
  }
)

export const regenerateAssetTokenStep = createStep(
  "regenerate-portal-asset-token",
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    const service = portalService(container)
    const [previous] = await service.listPortalAssets({ id, organization_id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Asset with id: ${id} was not found`)
    const { code, hash } = createReadableSecret()
    const asset = await service.updatePortalAssets({ id, token_hash: hash } as any)
    return new StepResponse({ asset, token: code }, { id, token_hash: previous.token_hash })
  },
  async (previous, { container }) => {
    if (!previous) return
    await portalService(container).updatePortalAssets(previous as any)
  }
)

/**
 * Ends every session of an organization's codes for good (a new generation), e.g. when the
 * organization is suspended or deleted: its sessions are refused while that lasts anyway, and
 * must not come back when it is lifted.
 */
export const endPortalSessionsStep = createStep(
  "end-portal-sessions",
  async ({ organization_id }: { organization_id: string }, { container }) => {
    const service = portalService(container)
    const codes = await service.listPortalAccessCodes({ organization_id }, { select: ["id", "regenerated_at"] })
    if (!codes.length) return new StepResponse([], [])
    const now = new Date()
    await service.updatePortalAccessCodes(codes.map(({ id }) => ({ id, regenerated_at: now })) as any)
    return new StepResponse(
      codes.map(({ id }) => id),
      codes.map(({ id, regenerated_at }) => ({ id, regenerated_at }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await portalService(container).updatePortalAccessCodes(previous as any)
  }
)
