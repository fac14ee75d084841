import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { effectivePermissions, type Role } from "../../../lib/permissions"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import type { MembershipPageRow } from "../../../modules/organization/membership-page"
import { membershipFields } from "./query-config"
import { listInOrganization, retrieveInOrganization, listQueryOf } from "../../utils/graph"
import type { OrganizationContext } from "../../utils/organization-guard"

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

/** The fields and filters the lean read serves: the store's whole allow-list (query-config/membership). */
const LEAN_FIELDS = new Set(membershipFields)
const LEAN_FILTERS = new Set(["id", "role", "status"])

const asList = (value: unknown) => (value === undefined ? undefined : ([value].flat() as string[]))
const pick = (record: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, record[key]]))

/**
 * A page read as plain rows (the organization module's `listMembershipPage`: one statement) and
 * the members' customers in one more, shaped as query.graph would answer the same fields.
 */
async function leanMembershipPage(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters, pagination }: ListQuery,
  viewer?: OrganizationContext
) {
  const nested = (relation: string) =>
    fields.filter((field) => field.startsWith(`${relation}.`)).map((field) => field.slice(relation.length + 1))
  const locationFields = nested("locations")
  // As query.graph answers: a linked record comes with the keys that join it.
  const customerFields = nested("customer").length ? [...new Set(["id", ...nested("customer")])] : []
  const top = [...new Set([...fields.filter((field) => !field.includes(".")), ...(customerFields.length ? ["customer_id"] : [])])]

  const service: OrganizationModuleService = scope.resolve(ORGANIZATION_MODULE)
  const { rows, count } = await service.listMembershipPage({
    organization_id: organizationId,
    id: asList(filters.id),
    role: asList(filters.role),
    status: asList(filters.status),
    skip: pagination.skip ?? 0,
    take: pagination.take ?? 50,
    order: pagination.order as Record<string, string> | undefined,
    locations_visible_to:
      viewer && !viewer.permissions.includes("addresses.manage") ? viewer.membership.id : undefined,
  })
  const customers = new Map<string, Record<string, unknown>>()
  if (customerFields.length && rows.length) {
    const found = await scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: [...new Set(rows.map((row) => row.customer_id))] }, { select: customerFields })
    for (const customer of found) customers.set(customer.id, pick(customer as unknown as Record<string, unknown>, customerFields))
  }
  const memberships = rows.map((row: MembershipPageRow) => {
    const customer = customers.get(row.customer_id)
    return withPermissions<Record<string, unknown>>({
      ...pick(row, top),
      ...(customerFields.length ? { customer: customer ?? null } : {}),
      ...(locationFields.length ? { locations: row.locations.map((location) => pick(location, locationFields)) } : {}),
    })
  })
  return { memberships, count, limit: pagination.take, offset: pagination.skip }
}

/** One page of an organization's memberships; oldest first, served by the (organization_id, created_at) index. */
export async function listOrganizationMemberships(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters, pagination }: ListQuery,
  viewer?: OrganizationContext
) {
  const wanted = withPermissionFields(fields)
  if (wanted.every((field) => LEAN_FIELDS.has(field)) && Object.keys(filters).every((key) => LEAN_FILTERS.has(key))) {
    return leanMembershipPage(scope, organizationId, { fields: wanted, filters, pagination }, viewer)
  }
  // What the lean read does not serve (the merchant's `?fields=*customer`, …): the generic query layer.
  const { data, ...page } = await listInOrganization(scope, "organization_membership", organizationId, {
    fields: wanted,
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
