import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertLocationOf } from "./location-checks"
import { organizationService } from "./organization-service"

/** Soft delete: placed orders keep pointing at the location they went to. */
export const deleteLocationStep = createStep(
  "delete-organization-location",
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    await assertLocationOf(container, organization_id, id)
    await organizationService(container).softDeleteOrganizationLocations(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).restoreOrganizationLocations(id)
  }
)
