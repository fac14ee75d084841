import { model } from "@medusajs/framework/utils"
import SeatAssignment from "./seat-assignment"
import { ENTITLEMENT_KINDS } from "../../../lib/constants"
export { ENTITLEMENT_KINDS }

/**
 * What an organization bought access to (seed 000): a digital subscription or a training,
 * with a number of seats (null: unlimited) and a validity period.
 */
const Entitlement = model
  .define("entitlement", {
    id: model.id({ prefix: "ent" }).primaryKey(),
    organization_id: model.text(),
    kind: model.enum([...ENTITLEMENT_KINDS]),
    title: model.text().searchable(),
    product_id: model.text().nullable(),
    product_variant_id: model.text().nullable(),
    seats: model.number().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime().nullable(),
    // The order line it came from, when bought (one entitlement per line).
    source_order_id: model.text().nullable(),
    source_line_item_id: model.text().nullable(),
    metadata: model.json().nullable(),
    // The `ends_at` the organization was last reminded of (the scheduled reminder), null: none yet.
    ending_reminded_for: model.dateTime().nullable(),
    assignments: model.hasMany(() => SeatAssignment, { mappedBy: "entitlement" }),
  })
  .cascades({ delete: ["assignments"] })
  .indexes([
    { on: ["organization_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["source_line_item_id"], unique: true, where: "source_line_item_id IS NOT NULL AND deleted_at IS NULL" },
    // The daily reminder's scan: subscriptions by end date.
    { on: ["kind", "ends_at"], where: "deleted_at IS NULL" },
  ])

export default Entitlement
