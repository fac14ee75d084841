import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { CreateInvitationDTO } from "../../modules/organization/types"
import { acceptInvitationStep } from "./steps/accept-invitation"
import {
  createInvitationStep,
  renewInvitationTokenStep,
  revokeInvitationStep,
} from "./steps/create-invitation"
import { emailInvitationStep } from "./steps/link-emails"
import {
  assignMembershipLocationsStep,
  resolveNewMemberLocationsStep,
  type LocationsActor,
} from "./steps/locations"
import { validateOrganizationsExistStep } from "./steps/validate-organizations-exist"

export type InvitationReference = { organization_id: string; invitation_id: string }

export const createInvitationWorkflowId = "create-organization-invitation"

export type CreateInvitationWorkflowInput = CreateInvitationDTO & {
  /** Who invites: the rule on which locations it may hand out (resolveNewMemberLocationsStep). */
  actor: LocationsActor
}

/**
 * Invites an e-mail address and e-mails the link inside the workflow: the result says whether
 * the e-mail went out (`email`); the invitation stands either way.
 */
export const createInvitationWorkflow = createWorkflow(
  createInvitationWorkflowId,
  (input: CreateInvitationWorkflowInput) => {
    const organizationIds = transform({ input }, ({ input }) => [input.organization_id])
    validateOrganizationsExistStep(organizationIds)
    const locationInput = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      location_ids: input.location_ids,
      change: { role: input.role, grants: input.grants, revokes: input.revokes },
      actor: input.actor,
    }))
    const locationIds = resolveNewMemberLocationsStep(locationInput)
    const invitationData = transform({ input, locationIds }, ({ input, locationIds }) => {
      const { actor: _actor, ...invitation } = input
      return { ...invitation, location_ids: locationIds }
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
    return new WorkflowResponse({ invitation, email })
  }
)

export const resendInvitationWorkflowId = "resend-organization-invitation"

export const resendInvitationWorkflow = createWorkflow(
  resendInvitationWorkflowId,
  (input: InvitationReference) => {
    const renewed = renewInvitationTokenStep(input)
    const eventData = transform({ renewed }, ({ renewed }) => ({
      id: renewed.invitation.id,
      organization_id: renewed.invitation.organization_id,
      token: renewed.token,
      resent: true,
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_CREATED, data: eventData })
    const email = emailInvitationStep(eventData)
    const invitation = transform({ renewed }, ({ renewed }) => renewed.invitation)
    return new WorkflowResponse({ invitation, email })
  }
)

export const renewInvitationLinkWorkflowId = "renew-organization-invitation-link"

/**
 * A copyable link for the admin when e-mail cannot deliver it: a new token replaces the old
 * one (the previous link dies), nothing is e-mailed. The token is in the result only.
 */
export const renewInvitationLinkWorkflow = createWorkflow(
  renewInvitationLinkWorkflowId,
  (input: InvitationReference) => {
    const renewed = renewInvitationTokenStep(input)
    return new WorkflowResponse(renewed)
  }
)

export const revokeInvitationWorkflowId = "revoke-organization-invitation"

export const revokeInvitationWorkflow = createWorkflow(
  revokeInvitationWorkflowId,
  (input: InvitationReference) => {
    const invitation = revokeInvitationStep(input)
    const eventData = transform({ input }, ({ input }) => ({
      id: input.invitation_id,
      organization_id: input.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_REVOKED, data: eventData })
    return new WorkflowResponse(invitation)
  }
)

export const acceptInvitationWorkflowId = "accept-organization-invitation"

/**
 * A logged-in customer accepts with the token from the e-mail; exactly once. The new
 * membership gets the invitation's locations in the same workflow.
 */
export const acceptInvitationWorkflow = createWorkflow(
  acceptInvitationWorkflowId,
  (input: { token: string; customer_id: string }) => {
    const accepted = acceptInvitationStep(input)
    const assignment = transform({ accepted }, ({ accepted }) => ({
      organization_id: accepted.membership.organization_id,
      membership_id: accepted.membership.id,
      location_ids: (accepted.invitation.location_ids ?? []) as string[],
    }))
    assignMembershipLocationsStep(assignment)
    const events = transform({ accepted }, ({ accepted }) => ({
      invitation: {
        id: accepted.invitation.id,
        organization_id: accepted.membership.organization_id,
        membership_id: accepted.membership.id,
      },
      member: { id: accepted.membership.id, organization_id: accepted.membership.organization_id },
    }))
    emitEventStep({ eventName: OrganizationEvents.INVITATION_ACCEPTED, data: events.invitation }).config({
      name: "emit-invitation-accepted",
    })
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: events.member }).config({
      name: "emit-member-added",
    })
    const membership = transform({ accepted }, ({ accepted }) => accepted.membership)
    return new WorkflowResponse(membership)
  }
)
