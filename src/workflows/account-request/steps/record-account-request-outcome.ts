import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createSecret, hashSecret } from "../../../lib/secrets"
import { organizationService } from "../../organization/steps/organization-service"

export type AccountRequestOutcome = {
  id: string
  organization_id: string
  customer_id: string
}

/**
 * Records what an approved request became and a fresh single-use token for the link that
 * makes the contact's (pending) membership act: its hash is stored, the token itself only
 * travels in the `account_request.approved` event to the e-mail.
 */
export const recordAccountRequestOutcomeStep = createStep(
  "record-account-request-outcome",
  async (outcome: AccountRequestOutcome, { container }) => {
    const service = organizationService(container)
    const { activationTtlSeconds } = service.getPluginOptions()
    const secret = createSecret()
    await service.updateOrganizationAccountRequests({
      id: outcome.id,
      organization_id: outcome.organization_id,
      customer_id: outcome.customer_id,
      activation_token_hash: secret.hash,
      activation_expires_at: new Date(Date.now() + activationTtlSeconds * 1000),
    } as any)
    return new StepResponse({ activation_token: secret.token }, outcome.id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).updateOrganizationAccountRequests({
      id,
      organization_id: null,
      customer_id: null,
      activation_token_hash: null,
      activation_expires_at: null,
    } as any)
  }
)

/** Uses an activation token once; compensation makes it usable again. */
export const consumeActivationTokenStep = createStep(
  "consume-activation-token",
  async (token: string, { container }) => {
    const used = await organizationService(container).consumeActivationToken(token, hashSecret(token))
    return new StepResponse(used, used.id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).updateOrganizationAccountRequests({ id, activated_at: null } as any)
  }
)
