import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../lib/events"
import type { CreateMembershipDTO } from "../../modules/organization/types"
import { createMembershipsStep } from "./steps/create-memberships"
import { resolveCustomersStep, type CustomerReference } from "./steps/resolve-customers"
import { validateOrganizationsExistStep } from "./steps/validate-organizations-exist"

export type AddOrganizationMemberWorkflowInput = Omit<CreateMembershipDTO, "customer_id"> & {
  customer: CustomerReference
}

export const addOrganizationMemberWorkflowId = "add-organization-member"

export const addOrganizationMemberWorkflow = createWorkflow(
  addOrganizationMemberWorkflowId,
  (input: AddOrganizationMemberWorkflowInput) => {
    const organizationIds = transform({ input }, ({ input }) => [input.organization_id])
    validateOrganizationsExistStep(organizationIds)
    const references = transform({ input }, ({ input }) => [input.customer])
    const customerIds = resolveCustomersStep(references)

    const data = transform({ input, customerIds }, ({ input, customerIds }) => {
      const { customer: _customer, ...membership } = input
      return [{ ...membership, customer_id: customerIds[0] }]
    })
    const memberships = createMembershipsStep(data)
    const membership = transform({ memberships }, ({ memberships }) => memberships[0])

    const eventData = transform({ membership }, ({ membership }) => ({
      id: membership.id,
      organization_id: membership.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: eventData })
    return new WorkflowResponse(membership)
  }
)
