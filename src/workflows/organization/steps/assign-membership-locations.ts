import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export type AssignMembershipLocationsInput = {
  organization_id: string
  membership_id: string
  location_ids: string[]
}

type Assigned = { organization_id: string; membership_id: string } | null

/**
 * Gives a new membership its locations. Locations deleted since the invitation was sent are
 * dropped rather than failing the acceptance.
 */
export const assignMembershipLocationsStepId = "assign-membership-locations"
export const assignMembershipLocationsStep = createStep(
  assignMembershipLocationsStepId,
  async ({ organization_id, membership_id, location_ids }: AssignMembershipLocationsInput, { container }) => {
    const service = organizationService(container)
    if (!location_ids?.length) return new StepResponse([] as string[], null as Assigned)
    const live = await service.listOrganizationLocations(
      { id: [...new Set(location_ids)], organization_id },
      { select: ["id"] }
    )
    const ids = live.map((location) => location.id)
    await service.replaceMembershipLocations(organization_id, membership_id, ids)
    return new StepResponse(ids, { organization_id, membership_id } as Assigned)
  },
  async (assigned, { container }) => {
    if (!assigned) return
    await organizationService(container).replaceMembershipLocations(assigned.organization_id, assigned.membership_id, [])
  }
)
