import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { entitlementService } from "../../common/module-services"

/** One seat of one entitlement of the organization, or (member removed) all of a membership's seats. */
export type FreeSeatsInput =
  | { organization_id: string; entitlement_id: string; seat_id: string; membership_id?: undefined }
  | { organization_id: string; membership_id: string; entitlement_id?: undefined; seat_id?: undefined }

export type FreedSeat = { id: string; entitlement_id: string; membership_id: string | null }

export const freeSeatsStepId = "free-seats"

/**
 * Frees seats: one seat of one entitlement of the organization (404 unless the seat
 * belongs to that entitlement), or all of a membership's.
 */
export const freeSeatsStep = createStep(
  freeSeatsStepId,
  async (selector: FreeSeatsInput, { container }) => {
    const service = entitlementService(container)
    const seats = await service.listEntitlementSeats(
      selector.seat_id
        ? { id: selector.seat_id, entitlement_id: selector.entitlement_id }
        : { membership_id: selector.membership_id },
      { select: ["id", "entitlement_id", "membership_id", "entitlement.organization_id"], relations: ["entitlement"] }
    )
    const ours = seats.filter((seat) => seat.entitlement?.organization_id === selector.organization_id)
    if (selector.seat_id && !ours.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seat with id: ${selector.seat_id} was not found`)
    }
    const ids = ours.map((seat) => seat.id)
    if (ids.length) await service.softDeleteEntitlementSeats(ids)
    const freed: FreedSeat[] = ours.map((s) => ({ id: s.id, entitlement_id: s.entitlement_id, membership_id: s.membership_id ?? null }))
    return new StepResponse(freed, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await entitlementService(container).restoreEntitlementSeats(ids)
  }
)
