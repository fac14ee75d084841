import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateInvitationDTO } from "../../../modules/organization/types"
import { createInvitationStep } from "../steps/create-invitation"
import { emailInvitationStep } from "../steps/link-emails"
import type { OrganizationActor } from "../steps/validate-actor-rights"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"
import { newcomerRights } from "./newcomer-rights"

export type CreateInvitationWorkflowInput = Omit<CreateInvitationDTO, "invited_by"> & {
  /** Who invites; a member may hand out only what it holds itself (validate-actor-rights). */
  actor: OrganizationActor
  /** Recorded as who invited; defaults to the acting membership or admin user. */
  invited_by?: string | null
} & AdditionalData

export const createInvitationWorkflowId = "create-organization-invitation"

/**
 * Invites an e-mail address and e-mails the link inside the workflow: the result says whether
 * the e-mail went out (`email`); the invitation stands either way.
 * Hook `invitationCreated` receives `{ invitation, additional_data }`.
 */
export const createInvitationWorkflow = createWorkflow(
  createInvitationWorkflowId,
  (input: CreateInvitationWorkflowInput) => {
    validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
    const { actor, locationIds } = newcomerRights(input)
    const invitationData = transform({ input, actor, locationIds }, ({ input, actor, locationIds }): CreateInvitationDTO => {
      const { actor: named, invited_by, additional_data: _data, ...invitation } = input
      const inviter = actor.type === "member" ? actor.membership_id : named.type === "merchant" ? named.user_id : null
      return { ...invitation, invited_by: invited_by ?? inviter ?? null, location_ids: locationIds }
    })
    const created = createInvitationStep(invitationData)
    const eventData = transform({ created }, ({ created }) => ({
      id: created.invitation.id,
      organization_id: created.invitation.organization_id,
      token: created.token,
      resent: false,
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_CREATED, data: eventData })
    const email = emailInvitationStep(eventData)
    const invitation = transform({ created }, ({ created }) => created.invitation)
    const invitationCreated = createHook("invitationCreated", { invitation, additional_data: input.additional_data })
    return new WorkflowResponse({ invitation, email }, { hooks: [invitationCreated] })
  }
)
