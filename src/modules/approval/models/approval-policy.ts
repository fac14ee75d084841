import { model } from "@medusajs/framework/utils"
import { SPENDING_PERIODS } from "../../../lib/constants"
export { SPENDING_PERIODS }

/**
 * An organization's approval rules: above `threshold` (an amount per currency, lib/money)
 * every order needs approval, also a buyer's, and so does a cart in a currency the threshold
 * names no amount for; members' spending limits add up over `period`.
 */
const ApprovalPolicy = model
  .define("approval_policy", {
    id: model.id({ prefix: "apppol" }).primaryKey(),
    organization_id: model.text(),
    // `{ eur: 200, usd: 220 }`; null: no threshold.
    threshold: model.json().nullable(),
    period: model.enum([...SPENDING_PERIODS]).default("month"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["organization_id"], unique: true, where: "deleted_at IS NULL" }])

export default ApprovalPolicy
