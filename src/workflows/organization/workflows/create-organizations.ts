import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { CreateOrganizationDTO } from "../../../modules/organization/types"
import { createMembershipsStep } from "../steps/create-memberships"
import { createOrganizationsStep } from "../steps/create-organizations"
import { resolveCustomersStep, type CustomerReference } from "../steps/resolve-customers"
import { companyNumbersLockKey, validateUniqueCompanyNumbersStep } from "../steps/validate-unique-company-numbers"

export type CreateOrganizationsWorkflowInput = {
  /**
   * `admin`: an existing customer who becomes the organization's first admin.
   * `allow_duplicate`: create it although another organization has its VAT or registration number.
   */
  organizations: (CreateOrganizationDTO & { admin?: CustomerReference | null; allow_duplicate?: boolean | null })[]
} & AdditionalData

export const createOrganizationsWorkflowId = "create-organizations"

/**
 * Creates organizations, each with its first admin when given. A VAT or registration number
 * another organization has already is refused (409 `possible_duplicate`) unless
 * `allow_duplicate`; the check and the create run under one lock (parallel creates and
 * account-request approvals make one organization per number).
 * Hook `organizationCreated` receives `{ organizations, memberships, additional_data }` (memberships: the first admins).
 */
export const createOrganizationsWorkflow = createWorkflow(
  createOrganizationsWorkflowId,
  (input: CreateOrganizationsWorkflowInput) => {
    const split = transform({ input }, ({ input }) => ({
      organizations: input.organizations.map(({ admin: _admin, allow_duplicate: _allow, ...organization }) => organization),
      admins: input.organizations.flatMap((o, index) => (o.admin ? [{ index, admin: o.admin }] : [])),
    }))
    const adminReferences = transform({ split }, ({ split }) => split.admins.map((a) => a.admin))
    const adminCustomerIds = resolveCustomersStep(adminReferences)

    // Held from the duplicate check until the organizations exist (also inside another workflow).
    const lockKey = transform({ input }, ({ input }) => companyNumbersLockKey(input.organizations))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
    validateUniqueCompanyNumbersStep({ organizations: input.organizations })
    const organizations = createOrganizationsStep(split.organizations)
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

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

    const organizationCreated = createHook("organizationCreated", {
      organizations,
      memberships,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(organizations, { hooks: [organizationCreated] })
  }
)
