import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateOrganizationDTO } from "../../../modules/organization/types"
import { createMembershipsStep } from "../steps/create-memberships"
import { createOrganizationsStep } from "../steps/create-organizations"
import { resolveCustomersStep, type CustomerReference } from "../steps/resolve-customers"

export type CreateOrganizationsWorkflowInput = {
  /** `admin`: an existing customer who becomes the organization's first admin. */
  organizations: (CreateOrganizationDTO & { admin?: CustomerReference | null })[]
}

export const createOrganizationsWorkflowId = "create-organizations"

/** Hook `organizationCreated` receives `{ organizations, memberships }` (the first admins). */
export const createOrganizationsWorkflow = createWorkflow(
  createOrganizationsWorkflowId,
  (input: CreateOrganizationsWorkflowInput) => {
    const split = transform({ input }, ({ input }) => ({
      organizations: input.organizations.map(({ admin: _admin, ...organization }) => organization),
      admins: input.organizations.flatMap((o, index) => (o.admin ? [{ index, admin: o.admin }] : [])),
    }))
    const adminReferences = transform({ split }, ({ split }) => split.admins.map((a) => a.admin))
    const adminCustomerIds = resolveCustomersStep(adminReferences)

    const organizations = createOrganizationsStep(split.organizations)

    const adminMemberships = transform(
      { split, organizations, adminCustomerIds },
      ({ split, organizations, adminCustomerIds }) =>
        split.admins.map(({ index }, i) => ({
          organization_id: organizations[index].id,
          customer_id: adminCustomerIds[i],
          role: "admin" as const,
        }))
    )
    const memberships = createMembershipsStep(adminMemberships)

    const events = transform({ organizations, memberships }, ({ organizations, memberships }) => ({
      created: organizations.map((o) => ({ id: o.id })),
      members: memberships.map((m) => ({ id: m.id, organization_id: m.organization_id })),
    }))
    emitEventStep({ eventName: OrganizationEvents.CREATED, data: events.created }).config({
      name: "emit-organization-created",
    })
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: events.members }).config({
      name: "emit-member-added",
    })

    const organizationCreated = createHook("organizationCreated", { organizations, memberships })
    return new WorkflowResponse(organizations, { hooks: [organizationCreated] })
  }
)
