import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { acceptInvitationStep } from "../steps/accept-invitation"
import { assignMembershipLocationsStep } from "../steps/assign-membership-locations"

export type AcceptInvitationWorkflowInput = { token: string; customer_id: string } & AdditionalData

export const acceptInvitationWorkflowId = "accept-organization-invitation"

/**
 * A logged-in customer accepts with the token from the e-mail; exactly once. The new
 * membership gets the invitation's locations in the same workflow. Hook `memberAdded`
 * receives `{ membership, additional_data }`.
 */
export const acceptInvitationWorkflow = createWorkflow(
  acceptInvitationWorkflowId,
  (input: AcceptInvitationWorkflowInput) => {
    const accepted = acceptInvitationStep(transform({ input }, ({ input }) => ({ token: input.token, customer_id: input.customer_id })))
    const assignment = transform({ accepted }, ({ accepted }) => ({
      organization_id: accepted.membership.organization_id,
      membership_id: accepted.membership.id,
      location_ids: accepted.invitation.location_ids ?? [],
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
    const memberAdded = createHook("memberAdded", { membership, additional_data: input.additional_data })
    return new WorkflowResponse(membership, { hooks: [memberAdded] })
  }
)
