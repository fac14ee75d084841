import { model } from "@medusajs/framework/utils"
import { SPENDING_PERIODS } from "../../../lib/constants"
export { SPENDING_PERIODS }

/**
 * An organization's approval rules: above `threshold` (in `currency_code`) every order
 * needs approval, also a buyer's; members' spending limits add up over `period`.
 */
const ApprovalPolicy = model
  .define("approval_policy", {
    id: model.id({ prefix: "apppol" }).primaryKey(),
    organization_id: model.text(),
    threshold: model.bigNumber().nullable(),
    currency_code: model.text().default("eur"),
    period: model.enum([...SPENDING_PERIODS]).default("month"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["organization_id"], unique: true, where: "deleted_at IS NULL" }])

export default ApprovalPolicy
