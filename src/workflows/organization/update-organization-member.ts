import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { UpdateMembershipDTO } from "../../modules/organization/types"
import { updateMembershipsStep, type MembershipChangeActor } from "./steps/update-memberships"

export type UpdateOrganizationMemberWorkflowInput = {
  organization_id: string
  membership: UpdateMembershipDTO
  /** Decides what the change may touch (see memberChangeRefusal) and who set a spending limit. */
  actor: MembershipChangeActor
}

export const updateOrganizationMemberWorkflowId = "update-organization-member"

export const updateOrganizationMemberWorkflow = createWorkflow(
  updateOrganizationMemberWorkflowId,
  (input: UpdateOrganizationMemberWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      memberships: [input.membership],
      actor: input.actor,
    }))
    const memberships = updateMembershipsStep(stepInput)
    const membership = transform({ memberships }, ({ memberships }) => memberships[0])
    const eventData = transform({ input }, ({ input }) => ({
      id: input.membership.id,
      organization_id: input.organization_id,
      changed: Object.keys(input.membership).filter((key) => key !== "id"),
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_UPDATED, data: eventData })
    return new WorkflowResponse(membership)
  }
)
