import { z } from "zod"
import { ENTITLEMENT_KINDS } from "../../../../../lib/constants"
import { requiredText } from "../../../../utils/validators"

const seats = z.union([z.number().int().positive().max(100_000), z.literal("unlimited")])

/** The merchant grants an entitlement: `seats` a number or "unlimited". */
export const CreateEntitlement = z.object({
  kind: z.enum(ENTITLEMENT_KINDS),
  title: requiredText(),
  seats,
  product_variant_id: z.string().trim().min(1).max(64).optional(),
  starts_at: z.coerce.date().optional(),
  ends_at: z.coerce.date().nullish(),
})

export const UpdateEntitlement = z.object({
  title: requiredText().optional(),
  seats: seats.optional(),
  ends_at: z.coerce.date().nullish(),
})

export type CreateEntitlementType = z.infer<typeof CreateEntitlement>
export type UpdateEntitlementType = z.infer<typeof UpdateEntitlement>

/** "unlimited" is stored as no limit (null). */
export const seatsValue = (seats: number | "unlimited") => (seats === "unlimited" ? null : seats)
