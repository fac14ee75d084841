import { z } from "@medusajs/framework/zod"
import { SPENDING_PERIODS } from "../../../../../lib/constants"

export const SetApprovalPolicy = z.object({
  // Above this total every order needs approval; null: no threshold.
  threshold: z.number().nonnegative().max(1_000_000_000).nullable().optional(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "Field 'currency_code' must be a three-letter ISO 4217 code")
    .transform((c) => c.toLowerCase())
    .optional(),
  period: z.enum(SPENDING_PERIODS).optional(),
})

export type SetApprovalPolicyType = z.infer<typeof SetApprovalPolicy>
