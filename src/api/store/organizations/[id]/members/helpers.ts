import type { MedusaContainer } from "@medusajs/framework/types"
import { effectivePermissions, type Role } from "../../../../../lib/permissions"
import { ORGANIZATION_MODULE } from "../../../../../modules/organization"
import type OrganizationModuleService from "../../../../../modules/organization/service"
import { membershipFields } from "../../../../query-config/membership"
import { listInOrganization, retrieveInOrganization, listQueryOf } from "../../../../utils/graph"
import type { OrganizationContext } from "../../../../utils/organization-guard"

// Membership reads for the admin and the store routes. A store read names its `viewer`
// (the acting member): the location rule below then applies, here and nowhere else.

/** Adds the effective `permissions` to a membership read through query.graph. */
export function withPermissions<T extends { role?: unknown; grants?: unknown; revokes?: unknown }>(membership: T) {
  if (!membership.role) return membership
  return {
    ...membership,
    permissions: effectivePermissions({
      role: membership.role as Role,
      grants: membership.grants as string[],
      revokes: membership.revokes as string[],
    }),
  }
}

/** Forces the fields `permissions` is computed from into a requested field list. */
export const withPermissionFields = (fields: string[]) => [...new Set([...fields, "role", "grants", "revokes"])]

/**
 * The location rule of members read in the store: a viewer without `addresses.manage` sees,
 * of each member's locations, only those assigned to the viewer (seed 000), so a member list
 * never names a location the viewer may not open.
 */
async function withVisibleLocations<T extends { locations?: unknown }>(
  scope: MedusaContainer,
  viewer: OrganizationContext | undefined,
  memberships: T[]
): Promise<T[]> {
  if (!viewer || viewer.permissions.includes("addresses.manage")) return memberships
  if (!memberships.some((m) => Array.isArray(m.locations) && m.locations.length)) return memberships
  const service: OrganizationModuleService = scope.resolve(ORGANIZATION_MODULE)
  const visible = new Set(await service.listMembershipLocationIds(viewer.membership.id))
  return memberships.map((m) =>
    Array.isArray(m.locations)
      ? { ...m, locations: (m.locations as { id: string }[]).filter((location) => visible.has(location.id)) }
      : m
  )
}

/** What a list route asks for: fields, filters and the page (graph.ts `listQueryOf`). */
type ListQuery = ReturnType<typeof listQueryOf>

/** One page of an organization's memberships; oldest first, served by the (organization_id, created_at) index. */
export async function listOrganizationMemberships(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters, pagination }: ListQuery,
  viewer?: OrganizationContext
) {
  const { data, ...page } = await listInOrganization(scope, "organization_membership", organizationId, {
    fields: withPermissionFields(fields),
    filters,
    pagination,
    defaultOrder: { created_at: "ASC" },
  })
  return { memberships: await withVisibleLocations(scope, viewer, data.map(withPermissions)), ...page }
}

/** One membership of an organization; other organizations' memberships answer 404. */
export async function refetchMembership(
  scope: MedusaContainer,
  organizationId: string,
  membershipId: string,
  fields: string[] = membershipFields,
  viewer?: OrganizationContext
) {
  const membership = await retrieveInOrganization(
    scope,
    "organization_membership",
    "Membership",
    organizationId,
    membershipId,
    withPermissionFields(fields)
  )
  const [visible] = await withVisibleLocations(scope, viewer, [withPermissions(membership)])
  return visible
}
