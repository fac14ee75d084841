import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateOrganizationDTO } from "../../../modules/organization/types"
import { organizationService } from "../../common/module-services"

export const createOrganizationsStepId = "create-organizations"

export const createOrganizationsStep = createStep(
  createOrganizationsStepId,
  async (data: CreateOrganizationDTO[], { container }) => {
    const organizations = await organizationService(container).createOrganizations(data)
    return new StepResponse(organizations, organizations.map((o) => o.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await organizationService(container).deleteOrganizations(createdIds)
  }
)
