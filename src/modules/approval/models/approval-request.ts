import { model } from "@medusajs/framework/utils"
import { APPROVAL_STATUSES, DECIDER_TYPES } from "../../../lib/constants"
export { APPROVAL_STATUSES, DECIDER_TYPES }

/**
 * A member asks the organization's approvers to allow one cart as it is now: the cart's
 * fingerprint pins items, prices, address, shipping and total, so any change voids it, and
 * `snapshot` keeps what was asked (lines, totals, address) for every view of the request.
 * It belongs to the membership that asked (`requested_by`). A newer request for the same
 * cart expires the older open ones and supersedes the older approved ones.
 */
const ApprovalRequest = model
  .define("approval_request", {
    id: model.id({ prefix: "apprq" }).primaryKey(),
    // Medusa cart and the plugin's organization and membership; read through module links.
    cart_id: model.text(),
    organization_id: model.text(),
    requested_by: model.text(),
    requester_customer_id: model.text(),
    status: model.enum([...APPROVAL_STATUSES]).default("pending"),
    fingerprint: model.text(),
    currency_code: model.text(),
    total: model.bigNumber(),
    // Why the cart needs approval (no orders.place, threshold, spending limit).
    // Framework seam: json().default is typed for objects; the column holds a string list.
    reasons: model.json().default([] as unknown as Record<string, unknown>),
    // A membership id (a member decided in the store) or an admin user id (the merchant).
    decided_by: model.text().nullable(),
    decided_by_type: model.enum([...DECIDER_TYPES]).nullable(),
    decided_at: model.dateTime().nullable(),
    comment: model.text().nullable(),
    order_id: model.text().nullable(),
    metadata: model.json().nullable(),
    // The cart as requested (types.ts `ApprovalSnapshot`); null only for requests made before it existed.
    snapshot: model.json().nullable(),
  })
  .indexes([
    { on: ["organization_id", "status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["organization_id", "requested_by", "created_at"], where: "deleted_at IS NULL" },
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    // At most one open request per cart.
    { on: ["cart_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])

export default ApprovalRequest
