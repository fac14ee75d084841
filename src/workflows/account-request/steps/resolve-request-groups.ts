import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessGroupService } from "../../common/module-services"

/** The groups an approved company joins: the merchant's choice, else its sales channel's groups. */
export const resolveRequestGroupsStepId = "resolve-request-groups"
export const resolveRequestGroupsStep = createStep(
  resolveRequestGroupsStepId,
  async (
    input: { sales_channel_id?: string | null; access_group_ids?: string[] | null },
    { container }
  ) => {
    if (input.access_group_ids) {
      const ids = [...new Set(input.access_group_ids)]
      const found = await accessGroupService(container).listOrganizationAccessGroups({ id: ids }, { select: ["id"] })
      const missing = ids.find((id) => !found.some((group) => group.id === id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Access group with id: ${missing} was not found`)
      }
      return new StepResponse(ids)
    }
    if (!input.sales_channel_id) return new StepResponse([] as string[])
    const groups = await accessGroupService(container).listChannelGroups([input.sales_channel_id])
    return new StepResponse([...new Set(groups.map((g) => g.access_group_id))])
  }
)
