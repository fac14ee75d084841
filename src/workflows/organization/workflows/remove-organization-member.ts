import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { removeMembershipsStep } from "../steps/remove-memberships"
import { validateActorRightsStep, type OrganizationActor } from "../steps/validate-actor-rights"

export type RemoveOrganizationMemberWorkflowInput = {
  organization_id: string
  membership_id: string
  /** Omitted: the merchant. A member removes only members within its own rights (or leaves). */
  actor?: OrganizationActor
} & AdditionalData

export const removeOrganizationMemberWorkflowId = "remove-organization-member"

/** Hook `memberRemoved` receives `{ id, organization_id, additional_data }` (id: the removed membership). */
export const removeOrganizationMemberWorkflow = createWorkflow(
  removeOrganizationMemberWorkflowId,
  (input: RemoveOrganizationMemberWorkflowInput) => {
    const rights = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      actor: input.actor ?? { type: "merchant" as const },
      target_id: input.membership_id,
      change: {},
    }))
    validateActorRightsStep(rights)
    const stepInput = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      ids: [input.membership_id],
    }))
    removeMembershipsStep(stepInput)
    const eventData = transform({ input }, ({ input }) => ({
      id: input.membership_id,
      organization_id: input.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_REMOVED, data: eventData })
    const memberRemoved = createHook("memberRemoved", {
      id: input.membership_id,
      organization_id: input.organization_id,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(input.membership_id, { hooks: [memberRemoved] })
  }
)
