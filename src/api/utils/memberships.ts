import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { effectivePermissions, type Role } from "../../lib/permissions"
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

/** One page of an organization's memberships, paginated and counted in the database. */
export async function listOrganizationMemberships(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters, pagination }: { fields: string[]; filters: Record<string, unknown>; pagination: Page }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "organization_membership",
    fields: withPermissionFields(fields),
    filters: { ...filters, organization_id: organizationId },
    // Oldest first, served by the (organization_id, created_at) index.
    pagination: { ...pagination, order: pagination.order ?? { created_at: "ASC" } },
  })
  return {
    memberships: data.map(withPermissions),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  }
}

/** One membership of an organization; other organizations' memberships answer 404. */
export async function refetchMembership(
  scope: MedusaContainer,
  organizationId: string,
  membershipId: string,
  fields: string[] = membershipFields
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [membership],
  } = await query.graph({
    entity: "organization_membership",
    fields: withPermissionFields(fields),
    filters: { id: membershipId, organization_id: organizationId },
  })
  if (!membership) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Membership with id: ${membershipId} was not found`
    )
  }
  return withPermissions(membership)
}
