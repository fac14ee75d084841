import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENTITY_PROVIDER } from "./ensure-customer-account"

/**
 * Sets the password of the customer's emailpass identity through Medusa's auth module, so
 * `POST /auth/customer/emailpass` logs in with it. Compensation restores the previous state.
 */
export const setCustomerPasswordStep = createStep(
  "set-customer-password",
  async ({ email, password }: { email: string; password: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities(
      { provider: ENTITY_PROVIDER, entity_id: email },
      { select: ["id", "provider_metadata"] }
    )
    if (!identity) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No login exists for ${email}`)
    }
    const { success, error } = await auth.updateProvider(ENTITY_PROVIDER, { entity_id: email, password })
    if (!success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "The password could not be set")
    }
    return new StepResponse(true, { id: identity.id, provider_metadata: identity.provider_metadata ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.AUTH).updateProviderIdentities(previous as any)
  }
)
