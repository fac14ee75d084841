import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { CreateMembershipDTO } from "../../modules/organization/types"
import { createMembershipsStep } from "./steps/create-memberships"
import { assignMembershipLocationsStep, resolveNewMemberLocationsStep } from "./steps/locations"
import { resolveCustomersStep, type CustomerReference } from "./steps/resolve-customers"
import { validateOrganizationsExistStep } from "./steps/validate-organizations-exist"

export type AddOrganizationMemberWorkflowInput = Omit<CreateMembershipDTO, "customer_id"> & {
  customer: CustomerReference
  /** The member's delivery locations; omitted: the organization's only one, if it has exactly one. */
  location_ids?: string[]
}

export const addOrganizationMemberWorkflowId = "add-organization-member"

export const addOrganizationMemberWorkflow = createWorkflow(
  addOrganizationMemberWorkflowId,
  (input: AddOrganizationMemberWorkflowInput) => {
    const organizationIds = transform({ input }, ({ input }) => [input.organization_id])
    validateOrganizationsExistStep(organizationIds)
    // The merchant adds: any location of the organization, checked before anything is written.
    const locationInput = transform({ input }, ({ input }) => ({
      organization_id: input.organization_id,
      location_ids: input.location_ids,
      change: { role: input.role, grants: input.grants, revokes: input.revokes },
      actor: { type: "merchant" as const },
    }))
    const locationIds = resolveNewMemberLocationsStep(locationInput)
    const references = transform({ input }, ({ input }) => [input.customer])
    const customerIds = resolveCustomersStep(references)

    const data = transform({ input, customerIds }, ({ input, customerIds }) => {
      const { customer: _customer, location_ids: _locations, ...membership } = input
      return [{ ...membership, customer_id: customerIds[0] }]
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
    return new WorkflowResponse(membership)
  }
)
