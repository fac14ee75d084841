import { z } from "zod"
import { SPENDING_PERIODS } from "../../../lib/constants"
import { choice, optionalCurrencyAmounts, optionalText } from "./fields"

/** The merchant's comment for the requester is optional. */
export const rejectApprovalSchema = z.object({ comment: optionalText(2000) })

export const approvalPolicySchema = z.object({
  threshold: optionalCurrencyAmounts(),
  period: choice(SPENDING_PERIODS),
})
