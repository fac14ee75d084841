import { queryConfigs, retrieveQuery } from "../../utils/query-configs"
import { organizationFields } from "../organizations/query-config"

// role, grants and revokes are always read: `permissions` is computed from them.
export const membershipFields = [
  "id",
  "organization_id",
  "customer_id",
  "role",
  "grants",
  "revokes",
  "status",
  "spending_limit",
  "spending_limit_set_by",
  "notification_preferences",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "locations.id",
  "locations.label",
]

export const membershipQueryConfigs = queryConfigs(membershipFields, 50)
export const retrieveMembershipQuery = retrieveQuery(membershipQueryConfigs)

/** `GET /store/organizations`: my organizations, each with my membership (and my locations) in it. */
export const myOrganizationsQueryConfig = queryConfigs(
  [
    "id",
    "role",
    "grants",
    "revokes",
    "status",
    "spending_limit",
    "notification_preferences",
    "created_at",
    "locations.id",
    "locations.label",
    ...organizationFields.map((field) => `organization.${field}`),
  ],
  20
).store.list
