import { model } from "@medusajs/framework/utils"
import Membership from "./membership"
import Organization from "./organization"
import OrganizationOrder from "./organization-order"

/**
 * A delivery address (site) of an organization, with the address fields Medusa addresses
 * have. Members are assigned to locations (seed 000: users see only their addresses).
 */
const Location = model
  .define("organization_location", {
    id: model.id({ prefix: "orgloc" }).primaryKey(),
    organization: model.belongsTo(() => Organization, { mappedBy: "locations" }),
    label: model.text().searchable(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    company: model.text().nullable(),
    address_1: model.text().searchable(),
    address_2: model.text().nullable(),
    city: model.text().searchable(),
    province: model.text().nullable(),
    postal_code: model.text().searchable(),
    // Lower-case ISO 3166-1 alpha-2, as Medusa stores it.
    country_code: model.text(),
    phone: model.text().nullable(),
    metadata: model.json().nullable(),
    memberships: model.manyToMany(() => Membership, {
      mappedBy: "locations",
      pivotTable: "organization_membership_location",
    }),
    orders: model.hasMany(() => OrganizationOrder, { mappedBy: "location" }),
  })
  .indexes([
    { on: ["organization_id", "label"], unique: true, where: "deleted_at IS NULL" },
    { on: ["organization_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default Location
