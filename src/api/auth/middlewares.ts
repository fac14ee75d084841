import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { EMAILPASS, PROOF_KEY, sessionSuperseded } from "../../lib/login-proof"
import { refusal } from "../../lib/refusal"
import { REFUSAL } from "../../lib/refusal-codes"
import { endOlderSessions } from "../../workflows/common/login-sessions"
import { loginIdentity, SESSION_SUPERSEDED_MESSAGE } from "../utils/verified-customer"

/**
 * Medusa's `POST /auth/token/refresh` mints a fresh token from any valid one, copying the
 * identity's current app_metadata: without this check a session from before a proof of the
 * e-mail (a password set by link) would come back as a new, current one.
 */
async function refuseSupersededRefresh(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const auth = req.auth_context
    if (auth?.actor_type === "customer" && auth.auth_identity_id) {
      const identity = await loginIdentity(req, auth.auth_identity_id)
      if (identity && sessionSuperseded(identity, auth.app_metadata?.[PROOF_KEY])) {
        throw refusal(REFUSAL.session_superseded, SESSION_SUPERSEDED_MESSAGE)
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Medusa's `POST /auth/customer/emailpass/update` (the reset-password link) changes the
 * password but keeps every session of the login alive: whoever knew the old password (a
 * squatter of the address) would keep acting. Once Medusa answers success, older sessions end
 * (endOlderSessions) before the answer is sent.
 */
function endSessionsOnPasswordChange(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    const email = req.auth_context?.actor_id
    if (res.statusCode !== 200 || !email) return json(body)
    void req.scope
      .resolve(Modules.AUTH)
      .listProviderIdentities({ provider: EMAILPASS, entity_id: email }, { select: ["auth_identity_id"] })
      .then(([identity]) => identity && endOlderSessions(req.scope, identity.auth_identity_id!))
      .then(
        () => json(body),
        (error) => next(error)
      )
    return res
  }) as typeof res.json
  next()
}

export const authRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/emailpass/update", middlewares: [endSessionsOnPasswordChange] },
  {
    method: ["POST"],
    matcher: "/auth/token/refresh",
    middlewares: [authenticate("*", ["bearer", "session"], { allowUnauthenticated: true }), refuseSupersededRefresh],
  },
]
