import { model } from "@medusajs/framework/utils"

/**
 * What a completing checkout was checked as (its member, delivery location and spend), written
 * by the completion hook for every organization cart and read when the organization's order is
 * recorded, so the record names what completion verified, not a later re-check. Once `held`,
 * its amount counts against the member's spending limit in its currency until the order is
 * recorded (then the row is deleted, in the transaction that writes its SpendingRecord): held
 * only after Medusa's own checks of the cart passed, so a completion that fails earlier never
 * blocks another. A failed completion deletes it; one left by a crash stops counting at
 * `expires_at`.
 */
const SpendingReservation = model
  .define("spending_reservation", {
    id: model.id({ prefix: "spres" }).primaryKey(),
    // Medusa cart and the plugin's organization and membership.
    cart_id: model.text(),
    organization_id: model.text(),
    membership_id: model.text(),
    // The organization location the shipping address was at completion (null: none).
    location_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    expires_at: model.dateTime(),
    // The member's limit in this currency and the policy's period at completion (null: no
    // limit applies, nothing is held); checked when the spend is held.
    limit_amount: model.bigNumber().nullable(),
    period: model.text().nullable(),
    // The cart had an approval matching it as it is: the period's limit does not refuse it.
    approved: model.boolean().default(false),
    // Counts against the limit (see above).
    held: model.boolean().default(false),
  })
  .indexes([
    // One reservation per cart: a retried completion replaces its own.
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["membership_id", "expires_at"], where: "deleted_at IS NULL" },
  ])

export default SpendingReservation
