import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessGroupService } from "../../common/module-services"

export const deleteAccessGroupStepId = "delete-access-group"
export const deleteAccessGroupStep = createStep(
  deleteAccessGroupStepId,
  async (id: string, { container }) => {
    await accessGroupService(container).softDeleteOrganizationAccessGroups(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accessGroupService(container).restoreOrganizationAccessGroups(id)
  }
)
