import { model } from "@medusajs/framework/utils"
import Location from "./location"
import Membership from "./membership"
import Organization from "./organization"

/**
 * An order placed for an organization: who placed it and for which location. Written when
 * Medusa places the order (subscriber to `order.placed`); `status`, `total` and
 * `currency_code` are copies of the order's, so the organization's order list and spending
 * sums filter and page in this one table.
 */
const OrganizationOrder = model
  .define("organization_order", {
    id: model.id({ prefix: "orgord" }).primaryKey(),
    organization: model.belongsTo(() => Organization, { mappedBy: "orders" }),
    location: model.belongsTo(() => Location, { mappedBy: "orders" }).nullable(),
    membership: model.belongsTo(() => Membership, { mappedBy: "orders" }).nullable(),
    // Medusa order and cart; the order is read through the read-only links in src/links.
    order_id: model.text(),
    cart_id: model.text().nullable(),
    status: model.text(),
    currency_code: model.text(),
    total: model.bigNumber(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["organization_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["organization_id", "membership_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["organization_id", "location_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default OrganizationOrder
