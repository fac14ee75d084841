import { model } from "@medusajs/framework/utils"
import { DEFAULT_NOTIFICATION_PREFERENCES, ROLES, SPENDING_LIMIT_SETTERS } from "../../../lib/permissions"
import Location from "./location"
import Organization from "./organization"
import OrganizationOrder from "./organization-order"
import { MEMBERSHIP_STATUSES, PENDING_MEMBERSHIP_STATUS } from "../../../lib/constants"
export { MEMBERSHIP_STATUSES, PENDING_MEMBERSHIP_STATUS }

/** A customer's seat in an organization: role, per-member permission changes and status. */
const Membership = model
  .define("organization_membership", {
    id: model.id({ prefix: "orgmem" }).primaryKey(),
    organization: model.belongsTo(() => Organization, { mappedBy: "memberships" }),
    // Medusa customer; read through the read-only module link in src/links.
    customer_id: model.text(),
    role: model.enum([...ROLES]),
    grants: model.json().default([] as any),
    revokes: model.json().default([] as any),
    status: model.enum([PENDING_MEMBERSHIP_STATUS, ...MEMBERSHIP_STATUSES]).default("active"),
    // Per currency, `{ eur: 100 }` in each currency's main unit (lib/money): what the member may
    // spend per period of the organization's policy; null = no limit.
    spending_limit: model.json().nullable(),
    // Who set the limit: one the merchant set is changed only by the merchant.
    spending_limit_set_by: model.enum([...SPENDING_LIMIT_SETTERS]).nullable(),
    notification_preferences: model.json().default({ ...DEFAULT_NOTIFICATION_PREFERENCES }),
    // No longer read or written: a login's older sessions end by its identity's proof key
    // (lib/login-proof). Kept until a migration drops the column.
    tokens_valid_from: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    locations: model.manyToMany(() => Location, { mappedBy: "memberships" }),
    orders: model.hasMany(() => OrganizationOrder, { mappedBy: "membership" }),
  })
  .indexes([
    {
      // One live membership per customer and organization; a removed member can be re-added.
      on: ["organization_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    // The members page's order: oldest first, id breaking ties (bulk-added members share a time).
    { on: ["organization_id", "created_at", "id"], where: "deleted_at IS NULL" },
  ])

export default Membership
