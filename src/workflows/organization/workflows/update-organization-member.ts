import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { UpdateMembershipDTO } from "../../../modules/organization/types"
import { updateMembershipsStep, type MembershipChangeActor } from "../steps/update-memberships"
import { validateActorRightsStep, type OrganizationActor } from "../steps/validate-actor-rights"

export type UpdateOrganizationMemberWorkflowInput = {
  organization_id: string
  membership: UpdateMembershipDTO
  /** Decides what the change may touch (validate-actor-rights) and who set a spending limit. */
  actor: OrganizationActor
} & AdditionalData

export const updateOrganizationMemberWorkflowId = "update-organization-member"

/** Hook `memberUpdated` receives `{ membership, additional_data }`. */
export const updateOrganizationMemberWorkflow = createWorkflow(
  updateOrganizationMemberWorkflowId,
  (input: UpdateOrganizationMemberWorkflowInput) => {
    const rights = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      actor: input.actor,
      target_id: input.membership.id,
      change: input.membership,
    }))
    const actor = validateActorRightsStep(rights)
    // The rule runs once more inside the update, under the organization's row lock.
    const stepInput = transform({ input, actor }, ({ input, actor }) => ({
      organization_id: input.organization_id,
      memberships: [input.membership],
      actor: (actor.type === "member"
        ? { type: "member", membership_id: actor.membership_id }
        : { type: "merchant" }) as MembershipChangeActor,
    }))
    const memberships = updateMembershipsStep(stepInput)
    const membership = transform({ memberships }, ({ memberships }) => memberships[0])
    const eventData = transform({ input, membership }, ({ input, membership }) => ({
      id: input.membership.id,
      organization_id: input.organization_id,
      changed: Object.keys(input.membership).filter((key) => key !== "id"),
      // Tells this change from a later one of the same member (the e-mails' idempotency keys).
      updated_at: membership.updated_at,
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_UPDATED, data: eventData })
    const memberUpdated = createHook("memberUpdated", { membership, additional_data: input.additional_data })
    return new WorkflowResponse(membership, { hooks: [memberUpdated] })
  }
)
