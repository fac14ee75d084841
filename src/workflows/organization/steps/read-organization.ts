import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

/** The organization's name and numbers, as an activation record copies them. */
export const readOrganizationStepId = "read-organization"
export const readOrganizationStep = createStep(readOrganizationStepId, async (id: string, { container }) => {
  const [organization] = await organizationService(container).listOrganizations(
    { id },
    { select: ["id", "name", "vat_number", "registration_number", "country_code"] }
  )
  return new StepResponse(organization)
})
