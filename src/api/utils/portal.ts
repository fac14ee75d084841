import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decodeToken, deriveKey, signToken, verifyToken } from "../../lib/secrets"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"
import type { PortalGrant, PortalGrantLookup } from "../../modules/portal-access/types"
import { pluginOptions } from "../../workflows/common/plugin-options"

// The portal session (seed 003): opened with a code, checked on every portal request.

const PURPOSE = "b2b_portal"
const NO_SESSION = "No valid portal session: open one with an access code"

export type PortalScope = {
  level: "organization" | "location" | "installation"
  organization_id: string
  location_id: string | null
  asset_id: string | null
}
export type PortalRequest = MedusaRequest & { portal_scope: PortalScope & { expires_at: string } }

/** What a session token says: only which code (and generation) and which asset, never the scope. */
type SessionPayload = { purpose: typeof PURPOSE; code_id: string; generation: number; asset_id: string | null; exp: number }

const portal = (req: MedusaRequest): PortalAccessModuleService => req.scope.resolve(PORTAL_ACCESS_MODULE)
const options = (req: MedusaRequest) => pluginOptions(req.scope)
const jwtSecret = (req: MedusaRequest) =>
  req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/**
 * The key a session is signed with: the store's JWT secret bound to the stored hashes of the
 * code and the installation token. Knowing the JWT secret (e.g. Medusa's public default) is
 * not enough to forge a session, and a regenerated code or token voids its sessions.
 */
const sessionKey = (req: MedusaRequest, grant: PortalGrant) =>
  deriveKey(jwtSecret(req), PURPOSE, grant.code_hash, grant.asset_token_hash ?? "")

/**
 * The scope a live grant opens, or null. Installation codes need their asset; other codes
 * never carry one. Suspended or deleted organizations, disabled codes and deleted locations
 * and assets have no grant at all (see `retrievePortalGrant`).
 */
export async function grantFor(req: MedusaRequest, lookup: PortalGrantLookup) {
  const found = await portal(req).retrievePortalGrant(lookup)
  if (!found || (found.requires_installation_token && !found.asset_id)) return null
  // A token given with a code that needs none is ignored, as is its asset.
  const grant = found.requires_installation_token
    ? found
    : { ...found, asset_id: null, asset_location_id: null, asset_token_hash: null }
  const scope: PortalScope = grant.asset_id
    ? { level: "installation", organization_id: grant.organization_id, location_id: grant.asset_location_id, asset_id: grant.asset_id }
    : {
        level: grant.location_id ? "location" : "organization",
        organization_id: grant.organization_id,
        location_id: grant.location_id,
        asset_id: null,
      }
  return { grant, scope }
}

/** A signed session for a live grant: which code (and generation) and asset, never the scope. */
export function signPortalSession(req: MedusaRequest, grant: PortalGrant) {
  const expiresAt = new Date(Date.now() + options(req).portalSessionTtlSeconds * 1000)
  const payload: SessionPayload = {
    purpose: PURPOSE,
    code_id: grant.code_id,
    generation: new Date(grant.regenerated_at).getTime(),
    asset_id: grant.asset_id,
    exp: expiresAt.getTime(),
  }
  return { token: signToken(payload, sessionKey(req, grant)), expires_at: expiresAt.toISOString() }
}

const isSessionPayload = (payload: Record<string, unknown> | null): payload is SessionPayload =>
  payload?.purpose === PURPOSE &&
  typeof payload.code_id === "string" &&
  typeof payload.generation === "number" &&
  (payload.asset_id === null || typeof payload.asset_id === "string") &&
  typeof payload.exp === "number"

/**
 * Every portal route: the scope is read again on each request (one query), so a session ends
 * at its next request once its code is disabled or regenerated, its installation token
 * regenerated, or its organization suspended or deleted.
 */
export async function requirePortalSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const header = req.headers.authorization ?? ""
    const token = header.startsWith("Bearer ") ? header.slice(7) : ""
    const payload = decodeToken(token)
    if (!isSessionPayload(payload) || payload.exp <= Date.now()) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, NO_SESSION)
    }
    const found = await grantFor(req, { code_id: payload.code_id, asset_id: payload.asset_id })
    const live =
      found &&
      verifyToken(token, sessionKey(req, found.grant)) !== null &&
      new Date(found.grant.regenerated_at).getTime() === payload.generation &&
      found.grant.asset_id === payload.asset_id
    if (!live) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, NO_SESSION)
    ;(req as PortalRequest).portal_scope = { ...found.scope, expires_at: new Date(payload.exp).toISOString() }
    next()
  } catch (error) {
    next(error)
  }
}

/** The scope of the request's session (set by `requirePortalSession`). */
export const portalScopeOf = (req: MedusaRequest) => (req as PortalRequest).portal_scope
