import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveOne } from "../../utils/graph"
import { queryConfigs, retrieveQuery } from "../../utils/query-configs"

// Entitlements as the admin and the store answer them (same shape; the store's `?fields=`
// is limited to these).

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

/** The product fields of a publication, read through the entitlement → product link. */
export const libraryProductFields = ["id", "title", "subtitle", "handle", "thumbnail", "description"]

/** An entitlement as read with its seats, plus the usage every response carries. */
export type EntitlementRecord = {
  id: string
  seats: number | null
  assignments?: { id: string; membership_id: string | null; participant_name?: string | null; participant_email?: string | null }[]
  [field: string]: unknown
}
export type EntitlementResponse = EntitlementRecord & { used: number; available: number | null }

/** Adds seat usage to an entitlement read with its assignments. */
export const withUsage = (entitlement: EntitlementRecord): EntitlementResponse => {
  const used = entitlement.assignments?.length ?? 0
  return { ...entitlement, used, available: entitlement.seats === null ? null : Math.max(entitlement.seats - used, 0) }
}

/** One entitlement of the organization with its usage, as admin and store routes answer it (404 for another's). */
export async function refetchEntitlement(scope: MedusaContainer, organizationId: string, id: string, fields: string[]) {
  const entitlement = await retrieveOne(scope, "entitlement", "Entitlement", id, { organization_id: organizationId }, fields)
  return withUsage(entitlement as EntitlementRecord)
}
