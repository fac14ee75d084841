import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { renewInvitationTokenStep } from "../steps/renew-invitation-token"
import { validateActorRightsStep } from "../steps/validate-actor-rights"
import { invitationRights, type InvitationWorkflowInput } from "./resend-invitation"

export const renewInvitationLinkWorkflowId = "renew-organization-invitation-link"

/**
 * A copyable link for the admin when e-mail cannot deliver it: a new token replaces the old
 * one (the previous link dies), nothing is e-mailed. The token is in the result only.
 * Hook `invitationLinkRenewed` receives `{ invitation, additional_data }` (never the token).
 */
export const renewInvitationLinkWorkflow = createWorkflow(
  renewInvitationLinkWorkflowId,
  (input: InvitationWorkflowInput) => {
    validateActorRightsStep(transform({ input }, ({ input }) => invitationRights(input)))
    const reference = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      invitation_id: input.invitation_id,
    }))
    const renewed = renewInvitationTokenStep(reference)
    const invitationLinkRenewed = createHook("invitationLinkRenewed", {
      invitation: renewed.invitation,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(renewed, { hooks: [invitationLinkRenewed] })
  }
)
