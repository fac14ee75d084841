import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { hashSecret, normalizeReadable, signToken, verifyToken } from "../../lib/secrets"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"
import { listPage, listQueryOf } from "./graph"
import type { OpenPortalSessionType } from "./validators"

const PURPOSE = "b2b_portal"
const INVALID = "Invalid code or installation token"

export type PortalScope = {
  level: "organization" | "location" | "installation"
  organization_id: string
  location_id: string | null
  asset_id: string | null
}
type PortalRequest = MedusaRequest & { portal_scope: PortalScope & { expires_at: string } }

const portal = (req: MedusaRequest): PortalAccessModuleService => req.scope.resolve(PORTAL_ACCESS_MODULE)
const options = (req: MedusaRequest) =>
  (req.scope.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).getPluginOptions()
const jwtSecret = (req: MedusaRequest) =>
  req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/** Failed tries per client IP and window, in Medusa's cache module (plugin option `portalAttempts`). */
function failures(req: MedusaRequest) {
  const { limit, windowSeconds } = options(req).portalAttempts
  const cache = req.scope.resolve(Modules.CACHE)
  const key = `b2b-accounts:portal-failures:${req.ip}:${Math.floor(Date.now() / 1000 / windowSeconds)}`
  const retryAfter = () => windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds)
  return {
    exceeded: async () => ((await cache.get<number>(key)) ?? 0) >= limit,
    count: async () => cache.set(key, ((await cache.get<number>(key)) ?? 0) + 1, windowSeconds),
    retryAfter,
  }
}

/** Which scope a code (and token) opens, or null: unknown, disabled and wrong token look alike. */
async function scopeFor(req: MedusaRequest, { code, token }: OpenPortalSessionType) {
  const [accessCode] = await portal(req).listPortalAccessCodes({
    code_hash: hashSecret(normalizeReadable(code)),
    enabled: true,
  })
  if (!accessCode) return null
  const base = { organization_id: accessCode.organization_id, location_id: accessCode.location_id ?? null }
  if (!accessCode.requires_installation_token) {
    return { accessCode, scope: { ...base, level: base.location_id ? "location" : "organization", asset_id: null } as PortalScope }
  }
  if (!token) return null
  const [asset] = await portal(req).listPortalAssets({
    token_hash: hashSecret(normalizeReadable(token)),
    organization_id: accessCode.organization_id,
    ...(accessCode.location_id ? { location_id: accessCode.location_id } : {}),
  })
  if (!asset) return null
  return { accessCode, scope: { organization_id: asset.organization_id, location_id: asset.location_id, asset_id: asset.id, level: "installation" } as PortalScope }
}

/** `POST /store/portal/sessions`: a code (and token) for a short-lived, signed, read-only session. */
export async function openPortalSession(req: MedusaRequest<OpenPortalSessionType>, res: MedusaResponse) {
  const budget = failures(req)
  if (await budget.exceeded()) {
    res.setHeader("Retry-After", String(budget.retryAfter()))
    res.status(429).json({ type: "too_many_requests", message: `Too many failed attempts; try again in ${budget.retryAfter()} seconds` })
    return
  }
  const found = await scopeFor(req, req.validatedBody)
  if (!found) {
    await budget.count()
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, INVALID)
  }
  const expiresAt = new Date(Date.now() + options(req).portalSessionTtlSeconds * 1000)
  const token = signToken(
    {
      purpose: PURPOSE,
      code_id: found.accessCode.id,
      generation: new Date(found.accessCode.regenerated_at).getTime(),
      scope: found.scope,
      exp: expiresAt.getTime(),
    },
    jwtSecret(req)
  )
  res.json({ token, expires_at: expiresAt.toISOString(), scope: found.scope })
}

/**
 * Every portal route: a valid, unexpired session whose code is still enabled and not
 * regenerated since (so disabling or regenerating ends live sessions at their next request).
 */
export async function requirePortalSession(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const header = req.headers.authorization ?? ""
    const payload = header.startsWith("Bearer ") ? verifyToken(header.slice(7), jwtSecret(req)) : null
    const valid = payload?.purpose === PURPOSE && typeof payload.exp === "number" && payload.exp > Date.now()
    const [accessCode] = valid
      ? await portal(req).listPortalAccessCodes({ id: payload!.code_id as string, enabled: true })
      : []
    if (!accessCode || new Date(accessCode.regenerated_at).getTime() !== payload!.generation) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "No valid portal session: open one with an access code")
    }
    ;(req as PortalRequest).portal_scope = {
      ...(payload!.scope as PortalScope),
      expires_at: new Date(payload!.exp as number).toISOString(),
    }
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
