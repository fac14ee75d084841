import { z } from "zod"
import { requiredText } from "../../../../utils/validators"

/** A seat for a member, or (trainings) for a named outside participant. */
export const AssignSeat = z
  .object({
    membership_id: z.string().trim().min(1).max(64).optional(),
    participant: z
      .object({ name: requiredText(), email: z.string().trim().toLowerCase().email().max(255) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => Boolean(body.membership_id) !== Boolean(body.participant), {
    message: "Field 'membership_id': give exactly one of membership_id or participant",
    path: ["membership_id"],
  })

export type AssignSeatType = z.infer<typeof AssignSeat>
