import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SeatHolder } from "../../../modules/entitlement/types"
import { entitlementService } from "../../common/module-services"

export type AssignSeatInput = { organization_id: string; entitlement_id: string; holder: SeatHolder }

export const assignSeatStepId = "assign-seat"

/**
 * One seat under the entitlement's row lock: the seat count, "one seat per holder" and
 * "outside participants for trainings only" are checked there (409 / 400), so parallel
 * assignments for the last seat give it to exactly one. Compensation frees it.
 */
export const assignSeatStep = createStep(
  assignSeatStepId,
  async ({ organization_id, entitlement_id, holder }: AssignSeatInput, { container }) => {
    const seat = await entitlementService(container).assignSeat(entitlement_id, organization_id, holder)
    return new StepResponse(seat, seat.id)
  },
  async (id, { container }) => {
    if (!id) return
    await entitlementService(container).deleteEntitlementSeats(id)
  }
)
