import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { validateQuery } from "./validate-query"

// Field sets shared by admin and store routes, so both return the same shape of object.

/**
 * Hashes of secrets never leave the server, whatever `?fields=` asks (Medusa strips these
 * path segments at any depth); nor do whole invitations reached through a relation.
 */
const SECRET_FIELDS = ["token_hash", "code_hash", "activation_token_hash", "invitations"]

/** JSON columns: returned, never sorted on. */
const UNSORTABLE = new Set(["metadata", "grants", "revokes", "notification_preferences", "address", "reasons", "location_ids"])

export type QueryConfig = {
  defaults: string[]
  disallowed: string[]
  isList: boolean
  /** `?order=` may name these (top-level columns of the defaults). */
  sortable: string[]
  /** Store routes: the only fields `?fields=` may name; anything else is a 400. */
  allowed?: string[]
  defaultLimit?: number
}

/**
 * The query configs of one resource: reading one and listing a page, for the admin (the
 * merchant sees every relation; secrets stay hidden) and for the store, where `?fields=`
 * may name only the default fields: each is one the route's permission already lets the
 * actor see, and no relation is open beyond the fields listed (other customers, carts,
 * access groups, payment data stay unreachable).
 */
export const queryConfigs = (fields: string[], defaultLimit: number) => {
  const sortable = fields.filter((field) => !field.includes(".") && !UNSORTABLE.has(field))
  const retrieve: QueryConfig = { defaults: fields, disallowed: SECRET_FIELDS, isList: false, sortable }
  const list: QueryConfig = { ...retrieve, defaultLimit, isList: true }
  return {
    retrieve,
    list,
    store: { retrieve: { ...retrieve, allowed: fields }, list: { ...list, allowed: fields } },
  }
}

const organizationFields = [
  "id",
  "name",
  "legal_name",
  "vat_number",
  "registration_number",
  "country_code",
  "status",
  "metadata",
  "created_at",
  "updated_at",
]

export const organizationQueryConfigs = queryConfigs(organizationFields, 20)

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

type Configs = ReturnType<typeof queryConfigs>

/** `?fields=` for routes that answer one record: the merchant's and the store's. */
export const retrieveQuery = (configs: Configs) => ({
  admin: validateQuery(createSelectParams(), configs.retrieve),
  store: validateQuery(createSelectParams(), configs.store.retrieve),
})

export const retrieveOrganizationQuery = retrieveQuery(organizationQueryConfigs)
export const retrieveMembershipQuery = retrieveQuery(membershipQueryConfigs)

// token_hash never leaves the server; `status` is computed from the timestamps.
export const invitationFields = [
  "id",
  "organization_id",
  "email",
  "role",
  "grants",
  "revokes",
  "location_ids",
  "expires_at",
  "accepted_at",
  "revoked_at",
  "invited_by",
  "membership_id",
  "created_at",
  "updated_at",
]

export const invitationQueryConfigs = queryConfigs(invitationFields, 50)
export const retrieveInvitationQuery = retrieveQuery(invitationQueryConfigs)

export const accountRequestFields = [
  "id",
  "status",
  "company_name",
  "vat_number",
  "registration_number",
  "country_code",
  "address",
  "first_name",
  "last_name",
  "email",
  "phone",
  "sales_channel_id",
  "reason",
  "decided_by",
  "decided_at",
  "organization_id",
  "customer_id",
  "activation_expires_at",
  "activated_at",
  "metadata",
  "created_at",
  "updated_at",
]

export const accountRequestQueryConfigs = queryConfigs(accountRequestFields, 20)
export const retrieveAccountRequestQuery = retrieveQuery(accountRequestQueryConfigs)

export const accessGroupFields = [
  "id",
  "name",
  "registration_mode",
  "metadata",
  "created_at",
  "updated_at",
  // A store has few sales channels; organizations and customers are listed page by page.
  "sales_channels.id",
  "sales_channels.name",
]

export const accessGroupQueryConfigs = queryConfigs(accessGroupFields, 20)
export const retrieveAccessGroupQuery = retrieveQuery(accessGroupQueryConfigs)

/** `GET /admin/access-groups/:id/{sales-channels,organizations,customers}`: one page of members. */
export const accessGroupMemberQueryConfigs = {
  "sales-channels": queryConfigs(["id", "name", "description", "is_disabled"], 50).list,
  organizations: queryConfigs(["id", "name", "status", "country_code", "vat_number"], 50).list,
  customers: queryConfigs(["id", "email", "first_name", "last_name", "company_name", "has_account"], 50).list,
}

export const locationFields = [
  "id",
  "organization_id",
  "label",
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
  "metadata",
  "created_at",
  "updated_at",
]

export const locationQueryConfigs = queryConfigs(locationFields, 50)
export const retrieveLocationQuery = retrieveQuery(locationQueryConfigs)

export const entitlementFields = [
  "id",
  "organization_id",
  "kind",
  "title",
  "product_id",
  "product_variant_id",
  "seats",
  "starts_at",
  "ends_at",
  "source_order_id",
  "created_at",
  "updated_at",
  "assignments.id",
  "assignments.membership_id",
  "assignments.participant_name",
  "assignments.participant_email",
]

export const entitlementQueryConfigs = queryConfigs(entitlementFields, 20)
export const retrieveEntitlementQuery = retrieveQuery(entitlementQueryConfigs)

/** `GET /store/organizations/:id/library`: the publications themselves. */
export const libraryQueryConfig = queryConfigs(["id", "title", "ends_at", "product_id"], 20).store.list

// Code and token hashes never leave the server.
export const accessCodeQueryConfigs = queryConfigs(
  ["id", "organization_id", "location_id", "requires_installation_token", "enabled", "regenerated_at", "created_at", "updated_at"],
  50
)
export const assetQueryConfigs = queryConfigs(
  ["id", "organization_id", "location_id", "name", "serial_number", "product_variant_id", "created_at", "updated_at"],
  50
)
export const retrieveAccessCodeQuery = retrieveQuery(accessCodeQueryConfigs)
export const retrieveAssetQuery = retrieveQuery(assetQueryConfigs)
