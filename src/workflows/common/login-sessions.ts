import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PROOF_KEY } from "../../lib/login-proof"
import { createSecret } from "../../lib/secrets"

/**
 * Ends every session of a login issued before now: a new proof key in its identity's
 * app_metadata, which Medusa copies into the tokens it issues from then on (an older token, or
 * one refreshed from it, carries the old key: src/api/utils/verified-customer.ts). Answers the
 * app_metadata before, for a compensation.
 */
export async function endOlderSessions(container: Pick<MedusaContainer, "resolve">, authIdentityId: string) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { select: ["id", "app_metadata"] })
  const before = (identity.app_metadata ?? {}) as Record<string, unknown>
  await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...before, [PROOF_KEY]: createSecret().hash } })
  return before
}
