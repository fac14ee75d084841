import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrganizationDTO, UpdateOrganizationDTO } from "../../../modules/organization/types"
import { organizationService } from "../../common/module-services"

export const updateOrganizationsStepId = "update-organizations"

export const updateOrganizationsStep = createStep(
  updateOrganizationsStepId,
  async (data: UpdateOrganizationDTO[], { container }) => {
    const service = organizationService(container)
    const fields = [...new Set(data.flatMap((d) => Object.keys(d)))]
    const previous = await service.listOrganizations(
      { id: data.map((d) => d.id) },
      { select: fields as (keyof OrganizationDTO)[] }
    )
    const updated = await service.updateOrganizations(data)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await organizationService(container).updateOrganizations(previous)
  }
)
