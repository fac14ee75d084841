import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateLocationDTO } from "../../../modules/organization/types"
import { assertLabelFree } from "./location-checks"
import { organizationService } from "../../common/module-services"

export const createLocationStepId = "create-organization-location"
export const createLocationStep = createStep(
  createLocationStepId,
  async (data: CreateLocationDTO, { container }) => {
    await assertLabelFree(container, data.organization_id, data.label)
    const location = await organizationService(container).createOrganizationLocations(data)
    return new StepResponse(location, location.id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).deleteOrganizationLocations(id)
  }
)
