import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateAccessGroupDTO } from "../../../modules/access-group/types"
import { accessGroupService } from "../../common/module-services"
import { assertAccessGroupNameFree } from "./validate-access-group-name"

export const updateAccessGroupStepId = "update-access-group"
export const updateAccessGroupStep = createStep(
  updateAccessGroupStepId,
  async (data: UpdateAccessGroupDTO, { container }) => {
    const service = accessGroupService(container)
    if (data.name) await assertAccessGroupNameFree(container, data.name, data.id)
    const [previous] = await service.listOrganizationAccessGroups(
      { id: data.id },
      { select: ["id", ...Object.keys(data)] }
    )
    const group = await service.updateOrganizationAccessGroups(data)
    return new StepResponse(group, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await accessGroupService(container).updateOrganizationAccessGroups(previous)
  }
)
