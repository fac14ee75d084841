import { model } from "@medusajs/framework/utils"

/**
 * The spending ledger's recorded spend: one row per placed order of a member, written in the
 * same transaction that drops the order's reservation, so a spend is never counted twice nor
 * missed between the two. It counts against the member's limit in its currency for the period
 * it was recorded in, unless its order is canceled (`order_status` copies Medusa's order status).
 * The organization's order record (organization module) is what the merchant and the
 * organization list; this row is what the approval module decides limits from, under its lock.
 */
const SpendingRecord = model
  .define("spending_record", {
    id: model.id({ prefix: "spend" }).primaryKey(),
    // Medusa order and cart, and the plugin's organization and membership.
    order_id: model.text(),
    cart_id: model.text().nullable(),
    organization_id: model.text(),
    membership_id: model.text(),
    // Lower case, as Medusa writes currency codes.
    currency_code: model.text(),
    amount: model.bigNumber(),
    order_status: model.text(),
  })
  .indexes([
    // One record per order: a re-run of the order record (the event delivered twice, the
    // settlement job) records nothing twice.
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["membership_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default SpendingRecord
