import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { loginVerdict, PROOF_KEY, type LoginIdentity } from "../../lib/login-proof"
import { refusal } from "../../lib/refusal"
import { REFUSAL } from "../../lib/refusal-codes"

export const SESSION_SUPERSEDED_MESSAGE =
  "This login session predates the confirmation of the account's e-mail address: log in again"

export const LOGIN_EMAIL_UNPROVEN_MESSAGE =
  "This login is not the customer account's own e-mail address: log in with the address the account was made for"

type AuthContext = {
  actor_id?: string
  actor_type?: string
  auth_identity_id?: string
  auth_provider?: string
  app_metadata?: Record<string, unknown>
}

const verdicts = new WeakMap<object, Promise<string | null>>()

/**
 * The customer this store request's login may act for in any organization: the token's
 * customer when the login's own identity is that customer's e-mail and the token postdates the
 * last proof of it (lib/login-proof); null otherwise (no login, or a login attached to a record
 * with somebody else's e-mail: it acts for no organization). A superseded session answers 401
 * `session_superseded`. Read on every request (refreshed tokens included), once per request.
 */
export function verifiedCustomerId(req: AuthenticatedMedusaRequest): Promise<string | null> {
  let verdict = verdicts.get(req)
  if (!verdict) {
    verdict = judgeLogin(req)
    verdicts.set(req, verdict)
  }
  return verdict
}

async function judgeLogin(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const auth = (req as { auth_context?: AuthContext }).auth_context
  const customerId = auth?.actor_id
  if (!customerId || auth.actor_type !== "customer" || !auth.auth_identity_id) return null
  const [identity, customer] = await Promise.all([
    loginIdentity(req, auth.auth_identity_id),
    req.scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: customerId }, { select: ["id", "email"] })
      .then(([c]) => c ?? null),
  ])
  if (!identity || !customer) return null
  const verdict = loginVerdict({
    identity,
    provider: auth.auth_provider,
    tokenProof: auth.app_metadata?.[PROOF_KEY],
    customerEmail: customer.email,
  })
  if (verdict === "session_superseded") {
    throw refusal(REFUSAL.session_superseded, SESSION_SUPERSEDED_MESSAGE)
  }
  return verdict === "acts" ? customerId : null
}

/** The token's auth identity with its provider identities; null when it no longer exists. */
export async function loginIdentity(req: AuthenticatedMedusaRequest, authIdentityId: string): Promise<LoginIdentity | null> {
  const [identity] = await req.scope
    .resolve(Modules.AUTH)
    .listAuthIdentities({ id: [authIdentityId] }, { select: ["id", "app_metadata"], relations: ["provider_identities"] })
  return (identity as LoginIdentity | undefined) ?? null
}
