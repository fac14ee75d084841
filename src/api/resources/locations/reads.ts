import type { MedusaContainer } from "@medusajs/framework/types"
import { listInOrganization, retrieveOne, listQueryOf } from "../../utils/graph"
import type { OrganizationContext } from "../../utils/organization-guard"

// Location reads for the admin and the store routes. A store read names its `viewer` (the
// acting member): the visibility rule below then applies, here and nowhere else.

/**
 * Whose locations a read sees: the merchant (no viewer) and members holding
 * `addresses.manage` see all of the organization's; other members only those assigned to
 * them (seed 000).
 */
const visibility = (viewer?: OrganizationContext) =>
  viewer && !viewer.permissions.includes("addresses.manage") ? { memberships: { id: viewer.membership.id } } : {}

/** What a list route asks for: fields, filters and the page (graph.ts `listQueryOf`). */
type ListQuery = ReturnType<typeof listQueryOf>

/** One page of the organization's locations the viewer may see, by label. */
export async function listOrganizationLocations(
  scope: MedusaContainer,
  organizationId: string,
  query: ListQuery,
  viewer?: OrganizationContext
) {
  const { data, ...page } = await listInOrganization(scope, "organization_location", organizationId, {
    ...query,
    filters: { ...query.filters, ...visibility(viewer) },
    defaultOrder: { label: "ASC" },
  })
  return { locations: data, ...page }
}

/** One location the viewer may see; another organization's or an unassigned one answers 404. */
export function refetchLocation(
  scope: MedusaContainer,
  organizationId: string,
  id: string,
  fields: string[],
  viewer?: OrganizationContext
) {
  return retrieveOne(scope, "organization_location", "Location", id, { organization_id: organizationId, ...visibility(viewer) }, fields)
}
