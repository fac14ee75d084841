import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateMembershipDTO } from "../../../modules/organization/types"
import { organizationService } from "./organization-service"

export type UpdateMembershipsStepInput = {
  organization_id: string
  memberships: UpdateMembershipDTO[]
}

export const updateMembershipsStepId = "update-memberships"

/** Updates under the organization's row lock, keeping at least one active admin (409 otherwise). */
export const updateMembershipsStep = createStep(
  updateMembershipsStepId,
  async ({ organization_id, memberships }: UpdateMembershipsStepInput, { container }) => {
    const service = organizationService(container)
    const fields = [...new Set(memberships.flatMap((m) => Object.keys(m)))].filter((f) => f !== "location_ids")
    const previous = await service.listOrganizationMemberships(
      { id: memberships.map((m) => m.id), organization_id },
      { select: fields as any }
    )
    const previousLocations = await Promise.all(
      memberships
        .filter((m) => m.location_ids)
        .map(async (m) => ({ id: m.id, location_ids: await service.listMembershipLocationIds(m.id) }))
    )
    const updated = await service.updateMembershipsKeepingAdmin(organization_id, memberships)
    return new StepResponse(updated, { organization_id, previous, previousLocations })
  },
  async (compensation, { container }) => {
    if (!compensation?.previous.length) return
    const service = organizationService(container)
    await service.updateOrganizationMemberships(compensation.previous as any)
    for (const { id, location_ids } of compensation.previousLocations) {
      await service.replaceMembershipLocations(compensation.organization_id, id, location_ids)
    }
  }
)
