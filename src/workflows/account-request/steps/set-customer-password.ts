import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listEmailpassLogins } from "../../common/by-email"
import { endOlderSessions } from "../../common/login-sessions"
import { ENTITY_PROVIDER } from "./ensure-customer-account"

/**
 * Sets the password of the customer's emailpass identity through Medusa's auth module, so
 * `POST /auth/customer/emailpass` logs in with it. The e-mailed link that asked for it proves
 * the mailbox, so the identity's proof key is rotated: every token issued before (by whoever
 * registered the address earlier), and any token refreshed from one, stops acting
 * (src/api/utils/verified-customer.ts). Compensation restores the previous state.
 */
export const setCustomerPasswordStepId = "set-customer-password"
export const setCustomerPasswordStep = createStep(
  setCustomerPasswordStepId,
  async ({ email, password }: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await listEmailpassLogins(container, [email], ["id", "auth_identity_id", "provider_metadata"])
    if (!identity) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No login exists for ${email}`)
    }
    // The login's own spelling of the address (the provider matches it exactly).
    const { success, error } = await auth.updateProvider(ENTITY_PROVIDER, { entity_id: identity.entity_id, password })
    if (!success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "The password could not be set")
    }
    const appMetadata = await endOlderSessions(container, identity.auth_identity_id!)
    return new StepResponse(true, {
      provider: { id: identity.id, provider_metadata: identity.provider_metadata ?? null },
      identity: { id: identity.auth_identity_id!, app_metadata: appMetadata },
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const auth = container.resolve(Modules.AUTH)
    await auth.updateProviderIdentities(previous.provider as any)
    await auth.updateAuthIdentities(previous.identity)
  }
)
