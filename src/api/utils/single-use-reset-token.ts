import {
  getAuthContextFromJwtToken,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REFUSAL } from "../../lib/refusal-codes"
import { hashSecret } from "../../lib/secrets"
import { PORTAL_ACCESS_MODULE } from "../../modules/portal-access"
import type PortalAccessModuleService from "../../modules/portal-access/service"

/** What Medusa's reset-password JWT carries besides the auth context (core-flows). */
type ResetClaims = { purpose?: string; jti?: string; exp?: number }

/**
 * Medusa's set-password links (the plugin's member activations and batch invitations, and
 * Medusa's own forgotten-password e-mails) are used at `POST /auth/customer/emailpass/update`.
 * Medusa 2.21 reads the token's row and deletes it afterwards, so parallel uses of one link all
 * pass. This claims the token first, with the atomic counter the rate limits use: the first
 * use counts 1 and goes on to Medusa, every other gets 401 `token_used`. Only tokens this
 * store signed are counted; anything else Medusa refuses itself.
 */
export function singleUseResetToken() {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
      const claims = getAuthContextFromJwtToken(
        req.headers.authorization,
        http.jwtSecret!,
        ["bearer"],
        ["customer"],
        http.jwtPublicKey,
        http.jwtVerifyOptions ?? http.jwtOptions
      ) as (ReturnType<typeof getAuthContextFromJwtToken> & ResetClaims) | null
      if (!claims?.jti || claims.purpose !== "reset") return next()
      const counters: PortalAccessModuleService = req.scope.resolve(PORTAL_ACCESS_MODULE)
      const lifetime = Math.max(1, Math.ceil((claims.exp ?? 0) - Date.now() / 1000))
      const { count } = await counters.countAttempt(`reset-token:${hashSecret(claims.jti)}`, lifetime)
      if (count > 1) {
        return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This link was used already: ask for a new one", REFUSAL.token_used))
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
