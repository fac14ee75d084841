import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessGroupService } from "./access-group-service"

export const deleteAccessGroupStep = createStep(
  "delete-access-group",
  async (id: string, { container }) => {
    await accessGroupService(container).softDeleteOrganizationAccessGroups(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accessGroupService(container).restoreOrganizationAccessGroups(id)
  }
)
