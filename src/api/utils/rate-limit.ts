import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ResolvedOptions } from "../../lib/options"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"

type Limit = { limit: number; windowSeconds: number }

/**
 * Limits how often one client may call a route (a plugin option names limit and window):
 * a logged-in customer is counted by id, anybody else by IP address. Counts live in
 * Medusa's cache module: in memory by default, shared between servers with cache-redis.
 * The count is per fixed window and best-effort (get-then-set), which is enough to make
 * guessing a 256-bit token pointless and flooding expensive, while never locking out a
 * real user for long. Behind a proxy, set Express's `trust proxy` so `req.ip` is the client.
 */
export function limitAttempts(scope: string, setting: (options: ResolvedOptions) => Limit) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const service: OrganizationModuleService = req.scope.resolve(ORGANIZATION_MODULE)
      const { limit, windowSeconds } = setting(service.getPluginOptions())
      const cache = req.scope.resolve(Modules.CACHE)
      const client = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id ?? `ip:${req.ip}`
      const window = Math.floor(Date.now() / 1000 / windowSeconds)
      const key = `b2b-accounts:attempts:${scope}:${client}:${window}`
      const attempts = ((await cache.get<number>(key)) ?? 0) + 1
      await cache.set(key, attempts, windowSeconds)
      if (attempts > limit) {
        const retryAfter = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds)
        res.setHeader("Retry-After", String(retryAfter))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many attempts; try again in ${retryAfter} seconds`,
        })
        return
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Tries at a secret (invitation or activation token): plugin option `tokenAttempts`. */
export const limitTokenAttempts = (scope: string) => limitAttempts(scope, (options) => options.tokenAttempts)
