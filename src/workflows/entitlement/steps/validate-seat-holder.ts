import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SeatHolder } from "../../../modules/entitlement/types"
import { organizationService } from "../../common/module-services"

export const validateSeatHolderStepId = "validate-seat-holder"

/**
 * A seat holder is an active member of the entitlement's organization: a deactivated or
 * pending member, or another organization's, is refused as an unknown membership (404).
 * Outside participants (trainings) are checked under the seat lock (assign-seat).
 */
export const validateSeatHolderStep = createStep(
  validateSeatHolderStepId,
  async ({ organization_id, holder }: { organization_id: string; holder: SeatHolder }, { container }) => {
    if (!("membership_id" in holder)) return new StepResponse(null)
    const [member] = await organizationService(container).listOrganizationMemberships(
      { id: holder.membership_id, organization_id, status: "active" },
      { select: ["id"] }
    )
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership with id: ${holder.membership_id} was not found`)
    }
    return new StepResponse(member.id)
  }
)
