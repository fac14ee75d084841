import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateMembershipDTO } from "../../../modules/organization/types"
import { assignMembershipLocationsStep } from "../steps/assign-membership-locations"
import { createMembershipsStep } from "../steps/create-memberships"
import { resolveCustomersStep, type CustomerReference } from "../steps/resolve-customers"
import type { OrganizationActor } from "../steps/validate-actor-rights"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"
import { newcomerRights } from "./newcomer-rights"

export type AddOrganizationMemberWorkflowInput = Omit<CreateMembershipDTO, "customer_id" | "spending_limit_set_by"> & {
  customer: CustomerReference
  /** The member's delivery locations; omitted: the organization's only one, if it has exactly one. */
  location_ids?: string[]
  /** Omitted: the merchant. A member adds only within its own rights (validate-actor-rights). */
  actor?: OrganizationActor
}

export const addOrganizationMemberWorkflowId = "add-organization-member"

/** Adds an existing customer. Hook `memberAdded` receives `{ membership }`. */
export const addOrganizationMemberWorkflow = createWorkflow(
  addOrganizationMemberWorkflowId,
  (input: AddOrganizationMemberWorkflowInput) => {
    validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
    const { actor, locationIds } = newcomerRights(input)
    const customerIds = resolveCustomersStep(transform({ input }, ({ input }) => [input.customer]))

    const data = transform({ input, actor, customerIds }, ({ input, actor, customerIds }): CreateMembershipDTO[] => {
      const { customer: _customer, location_ids: _locations, actor: _actor, ...membership } = input
      // A limit set on the way in records who set it, as an update does.
      const setter = membership.spending_limit == null ? {} : { spending_limit_set_by: actor.type === "merchant" ? "merchant" as const : "organization" as const }
      return [{ ...membership, ...setter, customer_id: customerIds[0] }]
    })
    const memberships = createMembershipsStep(data)
    const membership = transform({ memberships }, ({ memberships }) => memberships[0])
    const assignment = transform({ membership, locationIds }, ({ membership, locationIds }) => ({
      organization_id: membership.organization_id,
      membership_id: membership.id,
      location_ids: locationIds,
    }))
    assignMembershipLocationsStep(assignment)

    const eventData = transform({ membership }, ({ membership }) => ({
      id: membership.id,
      organization_id: membership.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: eventData })
    const memberAdded = createHook("memberAdded", { membership })
    return new WorkflowResponse(membership, { hooks: [memberAdded] })
  }
)
