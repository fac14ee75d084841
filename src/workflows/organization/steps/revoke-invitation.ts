import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findOpenInvitation } from "./invitation-tokens"
import { organizationService } from "../../common/module-services"

export const revokeInvitationStepId = "revoke-invitation"

export const revokeInvitationStep = createStep(
  revokeInvitationStepId,
  async (input: { organization_id: string; invitation_id: string }, { container }) => {
    const service = organizationService(container)
    const invitation = await findOpenInvitation(service, input)
    const updated = await service.updateOrganizationInvitations({
      id: invitation.id,
      revoked_at: new Date(),
    })
    return new StepResponse(updated, invitation.id)
  },
  async (invitationId, { container }) => {
    if (!invitationId) return
    await organizationService(container).updateOrganizationInvitations({
      id: invitationId,
      revoked_at: null,
    })
  }
)
