import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { emailInvitationStep } from "../steps/link-emails"
import { renewInvitationTokenStep } from "../steps/renew-invitation-token"
import { validateActorRightsStep, type OrganizationActor } from "../steps/validate-actor-rights"

export type InvitationReference = {
  organization_id: string
  invitation_id: string
  /** Omitted: the merchant. A member may handle only invitations it could have made. */
  actor?: OrganizationActor
}

export type InvitationWorkflowInput = InvitationReference & AdditionalData

/** validate-actor-rights' input for handling an existing invitation. */
export const invitationRights = (input: InvitationReference) => ({
  organization_id: input.organization_id,
  actor: input.actor ?? { type: "merchant" as const },
  invitation_id: input.invitation_id,
})

export const resendInvitationWorkflowId = "resend-organization-invitation"

/** Hook `invitationResent` receives `{ invitation, additional_data }`. */
export const resendInvitationWorkflow = createWorkflow(
  resendInvitationWorkflowId,
  (input: InvitationWorkflowInput) => {
    validateActorRightsStep(transform({ input }, ({ input }) => invitationRights(input)))
    const reference = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      invitation_id: input.invitation_id,
    }))
    const renewed = renewInvitationTokenStep(reference)
    const eventData = transform({ renewed }, ({ renewed }) => ({
      id: renewed.invitation.id,
      organization_id: renewed.invitation.organization_id,
      token: renewed.token,
      resent: true,
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_CREATED, data: eventData })
    const email = emailInvitationStep(eventData)
    const invitation = transform({ renewed }, ({ renewed }) => renewed.invitation)
    const invitationResent = createHook("invitationResent", { invitation, additional_data: input.additional_data })
    return new WorkflowResponse({ invitation, email }, { hooks: [invitationResent] })
  }
)
