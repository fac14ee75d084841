import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export const deleteOrganizationsStepId = "delete-organizations"

/** Soft delete; the memberships go with the organization (model cascade). */
export const deleteOrganizationsStep = createStep(
  deleteOrganizationsStepId,
  async (ids: string[], { container }) => {
    await organizationService(container).softDeleteOrganizations(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await organizationService(container).restoreOrganizations(ids)
  }
)
