import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAccessGroupDTO } from "../../../modules/access-group/types"
import { accessGroupService } from "../../common/module-services"
import { assertAccessGroupNameFree } from "./validate-access-group-name"

export const createAccessGroupStepId = "create-access-group"
export const createAccessGroupStep = createStep(
  createAccessGroupStepId,
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
