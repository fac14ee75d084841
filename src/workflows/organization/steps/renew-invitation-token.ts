import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findOpenInvitation, newInvitationToken } from "./invitation-tokens"
import { organizationService } from "../../common/module-services"

export const renewInvitationTokenStepId = "renew-invitation-token"

/** Resend: a new token and expiry replace the old ones, so the old link dies. */
export const renewInvitationTokenStep = createStep(
  renewInvitationTokenStepId,
  async (input: { organization_id: string; invitation_id: string }, { container }) => {
    const service = organizationService(container)
    const invitation = await findOpenInvitation(service, input)
    const { token, ...secret } = newInvitationToken(container)
    const updated = await service.updateOrganizationInvitations({ id: invitation.id, ...secret })
    return new StepResponse(
      { invitation: updated, token },
      { id: invitation.id, token_hash: invitation.token_hash, expires_at: invitation.expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await organizationService(container).updateOrganizationInvitations(previous)
  }
)
