import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertLocationOf } from "./location-checks"
import { organizationService } from "../../common/module-services"

/** Soft delete: placed orders keep pointing at the location they went to. */
export const deleteLocationStepId = "delete-organization-location"
export const deleteLocationStep = createStep(
  deleteLocationStepId,
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
