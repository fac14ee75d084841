import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { organizationService } from "../../common/module-services"

export const validateLocationStepId = "validate-portal-location"

/** A code's or installation's location is a live one of the organization (404 otherwise). */
export const validateLocationStep = createStep(
  validateLocationStepId,
  async ({ organization_id, location_id }: { organization_id: string; location_id?: string | null }, { container }) => {
    if (!location_id) return new StepResponse(null)
    const [location] = await organizationService(container).listOrganizationLocations(
      { id: location_id, organization_id },
      { select: ["id"] }
    )
    if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${location_id} was not found`)
    return new StepResponse(location_id)
  }
)
