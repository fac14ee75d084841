import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createSecret, hashSecret } from "../../../lib/secrets"
import type { MedusaContainer } from "@medusajs/framework/types"
import { accountRequestService } from "../../common/module-services"

const activationExpiry = (container: MedusaContainer) => accountRequestService(container).activationExpiresAt()

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
export const recordAccountRequestOutcomeStepId = "record-account-request-outcome"
export const recordAccountRequestOutcomeStep = createStep(
  recordAccountRequestOutcomeStepId,
  async (outcome: AccountRequestOutcome, { container }) => {
    const secret = createSecret()
    await accountRequestService(container).updateOrganizationAccountRequests({
      id: outcome.id,
      organization_id: outcome.organization_id,
      customer_id: outcome.customer_id,
      activation_token_hash: secret.hash,
      activation_expires_at: activationExpiry(container),
    })
    return new StepResponse({ activation_token: secret.token }, outcome.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountRequestService(container).updateOrganizationAccountRequests({
      id,
      organization_id: null,
      customer_id: null,
      activation_token_hash: null,
      activation_expires_at: null,
    })
  }
)

/** Uses an activation token once; compensation makes it usable again. */
export const consumeActivationTokenStepId = "consume-activation-token"
export const consumeActivationTokenStep = createStep(
  consumeActivationTokenStepId,
  async (token: string, { container }) => {
    const used = await accountRequestService(container).consumeActivationToken(token, hashSecret(token))
    return new StepResponse(used, used.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountRequestService(container).updateOrganizationAccountRequests({ id, activated_at: null })
  }
)

export type OnboardingActivation = {
  organization: { id: string; name: string; vat_number?: string | null; registration_number?: string | null; country_code?: string | null }
  customer_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

/** Marks the account records of organizations the merchant created (no request was filed). */
export const ADMIN_ONBOARDING_SOURCE = "admin"

/**
 * An organization the merchant created for a contact without an account gets the record an
 * approved request would have: the contact's pending admin membership, and a single-use
 * activation token (hash stored), so POST /store/activations works the same for both.
 */
export const recordOnboardingActivationsStepId = "record-onboarding-activations"
export const recordOnboardingActivationsStep = createStep(
  recordOnboardingActivationsStepId,
  async ({ activations, decided_by }: { activations: OnboardingActivation[]; decided_by: string | null }, { container }) => {
    if (!activations.length) return new StepResponse([] as { account_request_id: string; token: string; customer_id: string }[], [])
    const expires = activationExpiry(container)
    const secrets = activations.map(() => createSecret())
    const rows = await accountRequestService(container).createOrganizationAccountRequests(
      activations.map(({ organization, customer_id, email, first_name, last_name }, i) => ({
        status: "approved" as const,
        company_name: organization.name,
        vat_number: organization.vat_number ?? "",
        registration_number: organization.registration_number ?? "",
        country_code: organization.country_code ?? "",
        first_name: first_name ?? "",
        last_name: last_name ?? "",
        email,
        decided_by,
        decided_at: new Date(),
        organization_id: organization.id,
        customer_id,
        activation_token_hash: secrets[i].hash,
        activation_expires_at: expires,
        metadata: { source: ADMIN_ONBOARDING_SOURCE },
      }))
    )
    const result = rows.map((row, i) => ({ account_request_id: row.id, token: secrets[i].token, customer_id: row.customer_id! }))
    return new StepResponse(result, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await accountRequestService(container).deleteOrganizationAccountRequests(ids)
  }
)

/**
 * A fresh activation token for the not yet used record of an approved account (membership
 * still pending): the previous link dies. 404 when the customer's membership has none.
 * `id` names the record when the caller knows it (the admin's account-request page).
 */
export const renewActivationTokenStepId = "renew-activation-token"
export const renewActivationTokenStep = createStep(
  renewActivationTokenStepId,
  async ({ organization_id, customer_id, id }: { organization_id: string; customer_id: string; id?: string }, { container }) => {
    const service = accountRequestService(container)
    const [request] = await service.listOrganizationAccountRequests(
      { ...(id ? { id } : {}), organization_id, customer_id, status: "approved", activated_at: null },
      { select: ["id", "email", "activation_token_hash", "activation_expires_at"], order: { created_at: "DESC" } }
    )
    if (!request) return new StepResponse(null, null)
    const secret = createSecret()
    const expires_at = activationExpiry(container)
    await service.updateOrganizationAccountRequests({
      id: request.id,
      activation_token_hash: secret.hash,
      activation_expires_at: expires_at,
    })
    return new StepResponse(
      { account_request_id: request.id, email: request.email, token: secret.token, expires_at },
      { id: request.id, activation_token_hash: request.activation_token_hash, activation_expires_at: request.activation_expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await accountRequestService(container).updateOrganizationAccountRequests(previous)
  }
)
