import { model } from "@medusajs/framework/utils"
import Entitlement from "./entitlement"

/** One seat of an entitlement: a member, or (trainings) a named outside participant. */
const SeatAssignment = model
  .define("entitlement_seat", {
    id: model.id({ prefix: "seat" }).primaryKey(),
    entitlement: model.belongsTo(() => Entitlement, { mappedBy: "assignments" }),
    membership_id: model.text().nullable(),
    participant_name: model.text().nullable(),
    // Lower-cased.
    participant_email: model.text().nullable(),
  })
  .indexes([
    { on: ["entitlement_id", "membership_id"], unique: true, where: "membership_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["entitlement_id", "participant_email"], unique: true, where: "participant_email IS NOT NULL AND deleted_at IS NULL" },
    { on: ["membership_id"], where: "deleted_at IS NULL" },
  ])

export default SeatAssignment
