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

type Configs = ReturnType<typeof queryConfigs>

/** `?fields=` for routes that answer one record: the merchant's and the store's. */
export const retrieveQuery = (configs: Configs) => ({
  admin: validateQuery(createSelectParams(), configs.retrieve),
  store: validateQuery(createSelectParams(), configs.store.retrieve),
})

/**
 * An organization's order records: the columns its list filters, sorts and pages on. The
 * entries themselves have a fixed, order-shaped form (src/api/utils/orders.ts), so `?fields`
 * shapes nothing there and may name only these columns.
 */
export const organizationOrderFields = [
  "id",
  "order_id",
  "status",
  "total",
  "currency_code",
  "created_at",
  "location_id",
  "membership_id",
]

export const organizationOrderQueryConfigs = queryConfigs(organizationOrderFields, 20)
/** `GET …/orders/:order_id`: the whole order in a fixed form; `?fields` may name only `id`. */
export const retrieveOrganizationOrderQuery = retrieveQuery(queryConfigs(["id"], 1))

export const approvalFields = [
  "id",
  "cart_id",
  "organization_id",
  "requested_by",
  "requester_customer_id",
  "status",
  "currency_code",
  "total",
  "reasons",
  "decided_by",
  "decided_by_type",
  "decided_at",
  "comment",
  "order_id",
  "created_at",
  "updated_at",
]

export const approvalQueryConfigs = queryConfigs(approvalFields, 20)
export const retrieveApprovalQuery = retrieveQuery(approvalQueryConfigs)
