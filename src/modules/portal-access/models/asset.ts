import { model } from "@medusajs/framework/utils"

/** An installation at an organization's location; its token (hashed) opens it alone. */
const Asset = model
  .define("portal_asset", {
    id: model.id({ prefix: "asset" }).primaryKey(),
    organization_id: model.text(),
    location_id: model.text(),
    name: model.text().searchable(),
    serial_number: model.text().nullable(),
    product_variant_id: model.text().nullable(),
    token_hash: model.text(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["organization_id", "location_id"], where: "deleted_at IS NULL" },
  ])

export default Asset
