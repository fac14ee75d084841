import { z } from "zod"
import { SPENDING_PERIODS } from "../../../../../lib/constants"
import type { CurrencyAmounts } from "../../../../../lib/money"
import { amountsInput, toCurrencyAmounts } from "../../../../utils/validators"

export const SetApprovalPolicy = z
  .object({
    // Above the cart's currency's amount every order needs approval; a currency without an
    // amount needs approval too (`currency_not_covered`); null: no threshold.
    threshold: amountsInput<CurrencyAmounts | number | null>().optional(),
    // Only with the single-number threshold of earlier versions: the currency it is in.
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "Field 'currency_code' must be a three-letter ISO 4217 code")
      .transform((c) => c.toLowerCase())
      .optional(),
    period: z.enum(SPENDING_PERIODS).optional(),
  })
  .transform(({ threshold, currency_code, ...rest }, ctx) => {
    if (threshold === undefined) return rest
    if (threshold === null) return { ...rest, threshold: null }
    if (typeof threshold !== "number") return { ...rest, threshold: toCurrencyAmounts(threshold, ctx, "threshold") }
    if (!currency_code) {
      ctx.addIssue({
        code: "custom",
        path: ["threshold"],
        message: `Field 'threshold' must give an amount per currency, e.g. { "eur": 200 } (a single number needs 'currency_code')`,
      })
    } else if (!(threshold >= 0 && threshold <= 1_000_000_000)) {
      ctx.addIssue({ code: "custom", path: ["threshold"], message: "Field 'threshold' must be an amount from 0 to 1000000000" })
    }
    return { ...rest, threshold: { [currency_code ?? "eur"]: threshold } }
  })

export type SetApprovalPolicyType = z.infer<typeof SetApprovalPolicy>
