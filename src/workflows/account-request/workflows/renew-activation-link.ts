import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { renewActivationTokenStep } from "../steps/record-account-request-outcome"
import { validateActivationRenewableStep } from "../steps/validate-activation-renewable"

export type RenewActivationLinkWorkflowInput = { id: string } & AdditionalData

export const renewActivationLinkWorkflowId = "renew-account-activation-link"

/**
 * The approved request's activation link, made again for the merchant to copy (its page keeps
 * the action while the link is unused). Only the token's hash is stored, so the link cannot be
 * shown twice: a new token replaces the previous one, whose link (e-mailed or copied) stops
 * working. Refused (409) unless the request is approved, its link unused and the membership
 * pending (`membership_not_pending`), and for a login with a password; 404 for an unknown one.
 * Answers the token once (`null` when the link was used meanwhile).
 * Hook `activationLinkRenewed` receives `{ account_request_id, expires_at, additional_data }` (never the token;
 * `expires_at` is null when the link was used meanwhile).
 */
export const renewActivationLinkWorkflow = createWorkflow(
  renewActivationLinkWorkflowId,
  (input: RenewActivationLinkWorkflowInput) => {
    const request = validateActivationRenewableStep(input.id)
    const renewInput = transform({ request }, ({ request }) => ({
      id: request.id,
      organization_id: request.organization_id,
      customer_id: request.customer_id,
    }))
    const renewed = renewActivationTokenStep(renewInput)
    const result = transform({ renewed, request }, ({ renewed, request }) =>
      renewed ? { token: renewed.token, expires_at: renewed.expires_at, email: request.email } : null
    )
    const renewal = transform({ renewed, request }, ({ renewed, request }) => ({
      account_request_id: request.id,
      expires_at: renewed ? renewed.expires_at : null,
    }))
    const activationLinkRenewed = createHook("activationLinkRenewed", {
      account_request_id: renewal.account_request_id,
      expires_at: renewal.expires_at,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, { hooks: [activationLinkRenewed] })
  }
)
