import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export const validateOrganizationsExistStepId = "validate-organizations-exist"

export const validateOrganizationsExistStep = createStep(
  validateOrganizationsExistStepId,
  async (ids: string[], { container }) => {
    const found = await organizationService(container).listOrganizations({ id: ids }, { select: ["id"] })
    const missing = ids.filter((id) => !found.some((o) => o.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Organization with id: ${missing.join(", ")} was not found`
      )
    }
    return new StepResponse(ids)
  }
)
