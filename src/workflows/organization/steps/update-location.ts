import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateLocationDTO } from "../../../modules/organization/types"
import { assertLabelFree, assertLocationOf } from "./location-checks"
import { organizationService } from "../../common/module-services"

export const updateLocationStepId = "update-organization-location"
export const updateLocationStep = createStep(
  updateLocationStepId,
  async ({ organization_id, ...data }: UpdateLocationDTO & { organization_id: string }, { container }) => {
    const service = organizationService(container)
    await assertLocationOf(container, organization_id, data.id)
    if (data.label) await assertLabelFree(container, organization_id, data.label, data.id)
    const [previous] = await service.listOrganizationLocations({ id: data.id }, { select: Object.keys(data) })
    const location = await service.updateOrganizationLocations(data)
    return new StepResponse(location, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await organizationService(container).updateOrganizationLocations(previous)
  }
)
