import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import type { CreateMembershipDTO } from "../../../modules/organization/types"
import { organizationService } from "../../common/module-services"

export const createMembershipsStepId = "create-memberships"

export const createMembershipsStep = createStep(
  createMembershipsStepId,
  async (data: CreateMembershipDTO[], { container }) => {
    const service = organizationService(container)
    // Nothing to create (an organization without a first admin): `$or: []` would match every row.
    if (!data.length) return new StepResponse([] as Awaited<ReturnType<typeof service.createOrganizationMemberships>>, [])
    // A friendly 409 first; the unique index on (organization, customer) is the real guarantee.
    // One organization (a batch of members): an `in` list, far cheaper than 1,000 `or`ed pairs.
    const organizations = [...new Set(data.map((d) => d.organization_id))]
    const existing = await service.listOrganizationMemberships(
      organizations.length === 1
        ? { organization_id: organizations[0], customer_id: data.map((d) => d.customer_id) }
        : { $or: data.map((d) => ({ organization_id: d.organization_id, customer_id: d.customer_id })) },
      { select: ["id", "customer_id"] }
    )
    if (existing.length) {
      throw new ConflictError(
        `Customer ${existing[0].customer_id} is already a member of this organization`
      )
    }
    const memberships = await service.createOrganizationMemberships(data)
    return new StepResponse(memberships, memberships.map((m) => m.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await organizationService(container).deleteOrganizationMemberships(createdIds)
  }
)
