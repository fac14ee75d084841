import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalService } from "../../common/module-services"

/**
 * The spend a completing checkout reserved becomes recorded spend: once the organization's
 * order record is written, its cart's reservation goes (compensation puts it back).
 */
export const consumeSpendingReservationStepId = "consume-spending-reservation"
export const consumeSpendingReservationStep = createStep(
  consumeSpendingReservationStepId,
  async ({ cart_id }: { cart_id: string | null }, { container }) => {
    const released = cart_id ? await approvalService(container).releaseSpending([cart_id]) : []
    return new StepResponse(undefined, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    await approvalService(container).createSpendingReservations(released)
  }
)
