import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entitlementService } from "../../common/module-services"

export type UpdateEntitlementInput = {
  organization_id: string
  id: string
  title?: string
  seats?: number | null
  ends_at?: Date | string | null
}

export const updateEntitlementStepId = "update-entitlement"

/** Updates an entitlement; fewer seats than are in use is a 409 (under the assignment's row lock). */
export const updateEntitlementStep = createStep(
  updateEntitlementStepId,
  async ({ organization_id, ...data }: UpdateEntitlementInput, { container }) => {
    const { previous, updated } = await entitlementService(container).updateEntitlementKeepingSeats(organization_id, data)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    // Back to the values read under the lock (no seat check: undoing must not fail).
    const { ends_at, ...rest } = previous
    await entitlementService(container).updateEntitlements({
      ...rest,
      ...(ends_at === undefined ? {} : { ends_at: ends_at === null ? null : new Date(ends_at) }),
    })
  }
)
