import type { MedusaContainer } from "@medusajs/framework/types"
import { ENTITLEMENT_MODULE } from "../../../modules/entitlement"
import type EntitlementModuleService from "../../../modules/entitlement/service"

/** The entitlements in which a member holds a seat (a member holds few). */
export async function heldEntitlementIds(scope: MedusaContainer, membershipId: string) {
  const service: EntitlementModuleService = scope.resolve(ENTITLEMENT_MODULE)
  const seats = await service.listEntitlementSeats({ membership_id: membershipId }, { select: ["entitlement_id"] })
  return [...new Set(seats.map((seat) => seat.entitlement_id))]
}
