import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAccessGroupDTO } from "../../../modules/access-group/types"
import { accessGroupService } from "./access-group-service"
import { assertAccessGroupNameFree } from "./validate-access-group-name"

export const createAccessGroupStep = createStep(
  "create-access-group",
  async (data: CreateAccessGroupDTO, { container }) => {
    await assertAccessGroupNameFree(container, data.name)
    const group = await accessGroupService(container).createOrganizationAccessGroups(data)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accessGroupService(container).deleteOrganizationAccessGroups(id)
  }
)
