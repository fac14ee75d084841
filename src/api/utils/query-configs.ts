import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { validateQuery } from "./validate-query"

// Field sets shared by admin and store routes, so both return the same shape of object.

/**
 * Hashes of secrets never leave the server, whatever `?fields=` asks (Medusa strips these
 * path segments at any depth); nor do whole invitations reached through a relation.
 */
const SECRET_FIELDS = ["token_hash", "code_hash", "activation_token_hash", "invitations"]

/** JSON columns: returned, never sorted on. */
const UNSORTABLE = new Set(["metadata", "grants", "revokes", "notification_preferences", "address", "reasons", "location_ids", "snapshot"])

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
