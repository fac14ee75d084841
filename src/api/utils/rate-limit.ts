import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"

/**
 * Limits how often one customer may try a secret (plugin option `tokenAttempts`), in
 * Medusa's cache module: in memory by default, shared between servers with cache-redis.
 * The count is per fixed window and best-effort (get-then-set), which is enough to make
 * guessing a 256-bit token pointless while never locking out a real user for long.
 */
export function limitTokenAttempts(scope: string) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const { limit, windowSeconds } = (
        req.scope.resolve(ORGANIZATION_MODULE) as OrganizationModuleService
      ).getPluginOptions().tokenAttempts
      const cache = req.scope.resolve(Modules.CACHE)
      const window = Math.floor(Date.now() / 1000 / windowSeconds)
      const key = `b2b-accounts:attempts:${scope}:${req.auth_context.actor_id}:${window}`
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
