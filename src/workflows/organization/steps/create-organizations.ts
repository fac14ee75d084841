import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import type { CreateOrganizationDTO } from "../../../modules/organization/types"

export const createOrganizationsStepId = "create-organizations"

export const createOrganizationsStep = createStep(
  createOrganizationsStepId,
  async (data: CreateOrganizationDTO[], { container }) => {
    const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
    const organizations = await service.createOrganizations(data)
    return new StepResponse(
      organizations,
      organizations.map((organization) => organization.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
    await service.deleteOrganizations(createdIds)
  }
)
