import { model } from "@medusajs/framework/utils"

/**
 * Spend a completing checkout holds against its member's spending limit, from the check in
 * the completion hook until the order is recorded for the organization (then it is deleted).
 * A failed completion deletes it; one left by a crash stops counting at `expires_at`.
 */
const SpendingReservation = model
  .define("spending_reservation", {
    id: model.id({ prefix: "spres" }).primaryKey(),
    // Medusa cart and the plugin's organization and membership.
    cart_id: model.text(),
    organization_id: model.text(),
    membership_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    expires_at: model.dateTime(),
  })
  .indexes([
    // One reservation per cart: a retried completion replaces its own.
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["membership_id", "expires_at"], where: "deleted_at IS NULL" },
  ])

export default SpendingReservation
