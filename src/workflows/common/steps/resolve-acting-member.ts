import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Permission } from "../../../lib/permissions"
import type { ActingMember } from "../../../lib/acting-member"
import { resolveActingMember } from "../acting-member"
import type { WorkflowActor } from "../actor"

export type ResolveActingMemberInput = {
  actor: WorkflowActor
  organization_id: string
  /** The member must hold one of these (403 `permission_required` naming the first). */
  any_of?: Permission[]
  /** What to call the missing thing in the 404 of a customer who is no member. */
  not_found_message?: string
}

/**
 * The acting member of an organization, by the rules the store guard uses
 * (workflows/common/acting-member): 404 for no member, 403 for a pending or deactivated
 * membership, a suspended organization or a missing permission. Null for the merchant,
 * who acts for every organization.
 */
export const resolveActingMemberStepId = "resolve-acting-member"
export const resolveActingMemberStep = createStep(
  resolveActingMemberStepId,
  async ({ actor, organization_id, any_of = [], not_found_message }: ResolveActingMemberInput, { container }) => {
    if (actor.type === "merchant") return new StepResponse<ActingMember | null>(null)
    const member = await resolveActingMember(container, { customer_id: actor.customer_id, organization_id, any_of })
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, not_found_message ?? `Organization with id: ${organization_id} was not found`)
    }
    return new StepResponse<ActingMember | null>(member)
  }
)
