import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entitlementService } from "../../common/module-services"

export const deleteEntitlementStepId = "delete-entitlement"

/** Soft-deletes an entitlement of the organization (404 for another organization's); compensation restores it. */
export const deleteEntitlementStep = createStep(
  deleteEntitlementStepId,
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    const service = entitlementService(container)
    const [found] = await service.listEntitlements({ id, organization_id }, { select: ["id"] })
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Entitlement with id: ${id} was not found`)
    await service.softDeleteEntitlements(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await entitlementService(container).restoreEntitlements(id)
  }
)
