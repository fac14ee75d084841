import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export type AssignBatchLocationsInput = {
  organization_id: string
  /** Each new membership with the locations it gets. */
  assignments: { membership_id: string; location_ids: string[] }[]
}

/**
 * Gives a batch of new memberships their locations in one statement (the organization
 * service's addMembershipLocations); compensation takes them away again in one.
 */
export const assignBatchLocationsStepId = "assign-batch-locations"
export const assignBatchLocationsStep = createStep(
  assignBatchLocationsStepId,
  async ({ organization_id, assignments }: AssignBatchLocationsInput, { container }) => {
    const pairs = assignments.flatMap(({ membership_id, location_ids }) =>
      location_ids.map((location_id) => ({ membership_id, location_id }))
    )
    const written = await organizationService(container).addMembershipLocations(organization_id, pairs)
    return new StepResponse(written, [...new Set(written.map((pair) => pair.membership_id))])
  },
  async (membershipIds, { container }) => {
    if (!membershipIds?.length) return
    await organizationService(container).clearMembershipLocations(membershipIds)
  }
)
