import { z } from "zod"
import { SPENDING_PERIODS } from "../../../lib/constants"
import { choice, optionalAmount, optionalText, says } from "./fields"

/** The merchant's comment for the requester is optional. */
export const rejectApprovalSchema = z.object({ comment: optionalText(2000) })

export const approvalPolicySchema = z.object({
  threshold: optionalAmount(),
  currency_code: z.string().trim().min(1).refine((value) => !value || /^[a-zA-Z]{3}$/.test(value), says("approvalPolicy.currencyFormat")),
  period: choice(SPENDING_PERIODS),
})
