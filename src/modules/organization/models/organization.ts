import { model } from "@medusajs/framework/utils"
import Invitation from "./invitation"
import Location from "./location"
import OrganizationOrder from "./organization-order"
import Membership from "./membership"
import { ORGANIZATION_STATUSES } from "../../../lib/constants"
export { ORGANIZATION_STATUSES }

/** A customer organization (company) that buys from the store. */
const Organization = model
  .define("organization", {
    id: model.id({ prefix: "org" }).primaryKey(),
    name: model.text().searchable(),
    legal_name: model.text().searchable().nullable(),
    vat_number: model.text().searchable().nullable(),
    // Chamber-of-commerce number: Dutch KvK, Belgian KBO, …
    registration_number: model.text().searchable().nullable(),
    country_code: model.text().nullable(),
    status: model.enum([...ORGANIZATION_STATUSES]).default("active"),
    metadata: model.json().nullable(),
    memberships: model.hasMany(() => Membership, { mappedBy: "organization" }),
    invitations: model.hasMany(() => Invitation, { mappedBy: "organization" }),
    locations: model.hasMany(() => Location, { mappedBy: "organization" }),
    orders: model.hasMany(() => OrganizationOrder, { mappedBy: "organization" }),
  })
  .cascades({ delete: ["memberships", "invitations", "locations"] })
  .indexes([
    { on: ["status"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])

export default Organization
