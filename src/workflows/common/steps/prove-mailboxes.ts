import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listEmailpassLogins } from "../by-email"

export const proveMailboxesStepId = "prove-mailboxes"

/**
 * The e-mails (lower case) whose mailbox a login has proven through Medusa's own auth
 * verification (`http.authVerificationsPerActor`, `/auth/verification/*`): the address's
 * `emailpass` login confirmed a code sent to that same address. A right handed out to such an
 * e-mail needs no further link; every other e-mail waits for one (pending membership).
 */
export const proveMailboxesStep = createStep(proveMailboxesStepId, async (emails: string[], { container }) => {
  const logins = await listEmailpassLogins(container, emails, ["auth_identity_id"])
  if (!logins.length) return new StepResponse([] as string[])
  const auth = container.resolve(Modules.AUTH)
  const verifications = await auth.listAuthVerifications(
    { auth_identity_id: logins.map((l) => l.auth_identity_id!), entity_type: "email", verified_at: { $ne: null } } as any,
    { select: ["auth_identity_id", "entity_id"] }
  )
  const proven = new Set(verifications.map((v) => `${v.auth_identity_id} ${String(v.entity_id).toLowerCase()}`))
  return new StepResponse(
    logins.filter((l) => proven.has(`${l.auth_identity_id} ${l.entity_id.toLowerCase()}`)).map((l) => l.entity_id.toLowerCase())
  )
})
