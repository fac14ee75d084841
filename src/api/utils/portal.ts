import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decodeToken, deriveKey, hashSecret, normalizeReadable, signToken, verifyToken } from "../../lib/secrets"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"
import type { PortalGrant, PortalGrantLookup } from "../../modules/portal-access/service"
import { listPage, listQueryOf } from "./graph"
import { refuseAttempt, takeAttempt } from "./rate-limit"
import type { OpenPortalSessionType } from "./validators"

const PURPOSE = "b2b_portal"
const INVALID = "Invalid code or installation token"
const NO_SESSION = "No valid portal session: open one with an access code"

export type PortalScope = {
  level: "organization" | "location" | "installation"
  organization_id: string
  location_id: string | null
  asset_id: string | null
}
type PortalRequest = MedusaRequest & { portal_scope: PortalScope & { expires_at: string } }

/** What a session token says: only which code (and generation) and which asset, never the scope. */
type SessionPayload = { purpose: typeof PURPOSE; code_id: string; generation: number; asset_id: string | null; exp: number }

const portal = (req: MedusaRequest): PortalAccessModuleService => req.scope.resolve(PORTAL_ACCESS_MODULE)
const options = (req: MedusaRequest) =>
  (req.scope.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).getPluginOptions()
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
async function grantFor(req: MedusaRequest, lookup: PortalGrantLookup) {
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

/**
 * `POST /store/portal/sessions`: a code (and token) for a short-lived, signed, read-only
 * session. Failed tries are limited per client (plugin option `portalAttempts`, "failures
 * only": a success gives its attempt back).
 */
export async function openPortalSession(req: MedusaRequest<OpenPortalSessionType>, res: MedusaResponse) {
  const attempt = await takeAttempt(req, "portal-session", (o) => o.portalAttempts)
  if (!attempt.allowed) return refuseAttempt(res, attempt.retryAfterSeconds, "failed attempts")
  const { code, token } = req.validatedBody
  const found = await grantFor(req, {
    code_hash: hashSecret(normalizeReadable(code)),
    asset_token_hash: token ? hashSecret(normalizeReadable(token)) : null,
  })
  // Unknown code, disabled code, suspended organization and wrong token look alike.
  if (!found) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, INVALID)
  await attempt.refund()
  const expiresAt = new Date(Date.now() + options(req).portalSessionTtlSeconds * 1000)
  const payload: SessionPayload = {
    purpose: PURPOSE,
    code_id: found.grant.code_id,
    generation: new Date(found.grant.regenerated_at).getTime(),
    asset_id: found.grant.asset_id,
    exp: expiresAt.getTime(),
  }
  res.json({ token: signToken(payload, sessionKey(req, found.grant)), expires_at: expiresAt.toISOString(), scope: found.scope })
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

const scopeOf = (req: MedusaRequest) => (req as PortalRequest).portal_scope

/** `GET /store/portal`: what the session may see. */
export async function getPortal(req: MedusaRequest, res: MedusaResponse) {
  const scope = scopeOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const one = async (entity: string, id: string | null, fields: string[]) =>
    id ? ((await query.graph({ entity, fields, filters: { id } })).data[0] ?? null) : null
  res.json({
    portal: {
      level: scope.level,
      expires_at: scope.expires_at,
      organization: await one("organization", scope.organization_id, ["id", "name"]),
      location: await one("organization_location", scope.location_id, ["id", "label", "city"]),
      asset: await one("portal_asset", scope.asset_id, ["id", "name", "serial_number"]),
    },
  })
}

/** `GET /store/portal/orders`: the organization's, or the location's, orders; not for one installation. */
export async function listPortalOrders(req: MedusaRequest, res: MedusaResponse) {
  const scope = scopeOf(req)
  if (scope.level === "installation") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session opens one installation, not orders")
  }
  const query = listQueryOf(req as any)
  const { data, ...page } = await listPage(req.scope, "organization_order", {
    ...query,
    fields: ["id", "order_id", "status", "total", "currency_code", "created_at", "location_id", "location.label"],
    filters: { organization_id: scope.organization_id, ...(scope.location_id ? { location_id: scope.location_id } : {}) },
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ orders: data, ...page })
}

/** `GET /store/portal/assets`: the installations in scope (one, for an installation session). */
export async function listPortalAssets(req: MedusaRequest, res: MedusaResponse) {
  const scope = scopeOf(req)
  const query = listQueryOf(req as any)
  const { data, ...page } = await listPage(req.scope, "portal_asset", {
    ...query,
    fields: ["id", "name", "serial_number", "location_id", "product_variant_id", "created_at"],
    filters: {
      organization_id: scope.organization_id,
      ...(scope.location_id ? { location_id: scope.location_id } : {}),
      ...(scope.asset_id ? { id: scope.asset_id } : {}),
    },
    defaultOrder: { created_at: "ASC" },
  })
  res.json({ assets: data, ...page })
}
