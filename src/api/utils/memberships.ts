import type { MedusaContainer } from "@medusajs/framework/types"
import { effectivePermissions, type Role } from "../../lib/permissions"
import { listInOrganization, retrieveInOrganization } from "./graph"
import { membershipFields } from "./query-configs"

/** Adds the effective `permissions` to a membership read through query.graph. */
export function withPermissions<T extends { role?: unknown; grants?: unknown; revokes?: unknown }>(
  membership: T
) {
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
export const withPermissionFields = (fields: string[]) => [
  ...new Set([...fields, "role", "grants", "revokes"]),
]

type Page = { skip?: number; take?: number; order?: Record<string, unknown> }

/** One page of an organization's memberships; oldest first, served by the (organization_id, created_at) index. */
export async function listOrganizationMemberships(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters, pagination }: { fields: string[]; filters: Record<string, unknown>; pagination: Page }
) {
  const { data, ...page } = await listInOrganization(scope, "organization_membership", organizationId, {
    fields: withPermissionFields(fields),
    filters,
    pagination,
    defaultOrder: { created_at: "ASC" },
  })
  return { memberships: data.map(withPermissions), ...page }
}

/** One membership of an organization; other organizations' memberships answer 404. */
export async function refetchMembership(
  scope: MedusaContainer,
  organizationId: string,
  membershipId: string,
  fields: string[] = membershipFields
) {
  const membership = await retrieveInOrganization(
    scope,
    "organization_membership",
    "Membership",
    organizationId,
    membershipId,
    withPermissionFields(fields)
  )
  return withPermissions(membership)
}
