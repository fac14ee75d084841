// Which login may act for a customer record: pure rules, read per request by
// src/api/utils/verified-customer.ts. Medusa lets any login create its customer record with any
// e-mail, so the record's e-mail proves nothing; the login's own identity must be that e-mail.

/** Medusa's password login; its entity id is the address as it was typed at registration. */
export const EMAILPASS = "emailpass"

/** Key in an auth identity's `app_metadata` (copied into every token Medusa issues for it). */
export const PROOF_KEY = "b2b_proof"

export type LoginIdentity = {
  app_metadata?: Record<string, unknown> | null
  provider_identities?: {
    provider: string
    entity_id: string
    user_metadata?: Record<string, unknown> | null
  }[] | null
}

/**
 * The e-mail the login's provider vouches for: emailpass's entity id (the address it logs in
 * with); for other providers (Google, OIDC …) their e-mail only when they say it is verified.
 */
export function loginEmailOf(identity: LoginIdentity, provider: string | undefined): string | null {
  const own = identity.provider_identities?.find((p) => p.provider === provider)
  if (!own) return null
  if (provider === EMAILPASS) return own.entity_id.toLowerCase()
  const meta = own.user_metadata ?? {}
  const email = meta.email
  return typeof email === "string" && meta.email_verified === true ? email.toLowerCase() : null
}

/**
 * Whether a token predates the last proof of its login's mailbox: the identity has a proof key
 * and the token carries another (or none). Also the refresh route's rule.
 */
export function sessionSuperseded(identity: LoginIdentity, tokenProof: unknown): boolean {
  const currentProof = identity.app_metadata?.[PROOF_KEY]
  return currentProof != null && currentProof !== tokenProof
}

export type LoginVerdict = "acts" | "session_superseded" | "other_email"

/**
 * `acts` when the token's login is the record's e-mail and the token was issued after the last
 * proof of that mailbox (the proof key it carries is the identity's current one: a password set
 * through an e-mailed link rotates it, so older and refreshed-from-older tokens stop acting).
 */
export function loginVerdict({
  identity,
  provider,
  tokenProof,
  customerEmail,
}: {
  identity: LoginIdentity
  provider: string | undefined
  tokenProof: unknown
  customerEmail: string | null | undefined
}): LoginVerdict {
  if (sessionSuperseded(identity, tokenProof)) return "session_superseded"
  const email = loginEmailOf(identity, provider)
  if (!email || !customerEmail || email !== customerEmail.toLowerCase()) return "other_email"
  return "acts"
}
