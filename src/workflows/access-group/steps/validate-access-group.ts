import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessGroupService } from "../../common/module-services"

/** 404 for an unknown (or deleted) access group. */
export const validateAccessGroupStepId = "validate-access-group"
export const validateAccessGroupStep = createStep(
  validateAccessGroupStepId,
  async (id: string, { container }) => {
    const [group] = await accessGroupService(container).listOrganizationAccessGroups({ id }, { select: ["id"] })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Access group with id: ${id} was not found`)
    }
    return new StepResponse(group)
  }
)
