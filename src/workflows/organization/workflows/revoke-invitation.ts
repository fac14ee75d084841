import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { revokeInvitationStep } from "../steps/revoke-invitation"
import { validateActorRightsStep } from "../steps/validate-actor-rights"
import { invitationRights, type InvitationWorkflowInput } from "./resend-invitation"

export const revokeInvitationWorkflowId = "revoke-organization-invitation"

/** Hook `invitationRevoked` receives `{ invitation, additional_data }`. */
export const revokeInvitationWorkflow = createWorkflow(
  revokeInvitationWorkflowId,
  (input: InvitationWorkflowInput) => {
    validateActorRightsStep(transform({ input }, ({ input }) => invitationRights(input)))
    const reference = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      invitation_id: input.invitation_id,
    }))
    const invitation = revokeInvitationStep(reference)
    const eventData = transform({ input }, ({ input }) => ({
      id: input.invitation_id,
      organization_id: input.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_REVOKED, data: eventData })
    const invitationRevoked = createHook("invitationRevoked", { invitation, additional_data: input.additional_data })
    return new WorkflowResponse(invitation, { hooks: [invitationRevoked] })
  }
)
