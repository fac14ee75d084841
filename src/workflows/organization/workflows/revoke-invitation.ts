import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import { revokeInvitationStep } from "../steps/revoke-invitation"
import { validateActorRightsStep } from "../steps/validate-actor-rights"
import { invitationRights, type InvitationReference } from "./resend-invitation"

export const revokeInvitationWorkflowId = "revoke-organization-invitation"

export const revokeInvitationWorkflow = createWorkflow(
  revokeInvitationWorkflowId,
  (input: InvitationReference) => {
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
    return new WorkflowResponse(invitation)
  }
)
