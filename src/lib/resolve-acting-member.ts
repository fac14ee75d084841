import type { MedusaContainer } from "@medusajs/framework/types"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import type { ActingMembership } from "../modules/organization/types"
import { membershipRefusal, permissionRefusal } from "./acting-member"
import { effectivePermissions, type Permission } from "./permissions"
import { refusal } from "./refusal"
import { REFUSAL } from "./refusal-codes"

/** A customer acting for one organization, as the guard, the cart hooks and the steps see them. */
export type ActingMember = {
  organization_id: string
  membership: ActingMembership
  permissions: Permission[]
}

export const ORGANIZATION_HEADER = "x-organization-id"

/**
 * The customer's membership of `organizationId`, or of their only organization when none is
 * named (400 `organization_ambiguous` with several); null when there is none. One query.
 */
export async function findActingMembership(
  container: MedusaContainer,
  customerId: string,
  organizationId?: string | null
): Promise<ActingMembership | null> {
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const memberships = await service.listActingMemberships(customerId, organizationId ?? undefined)
  if (!organizationId && memberships.length > 1) {
    throw refusal(
      REFUSAL.organization_ambiguous,
      "You belong to several organizations: choose the organization you act for",
      { invalidData: true }
    )
  }
  return memberships[0] ?? null
}

/** Throws the refusal of the membership's rules (pending, deactivated, suspended). */
export function assertMembershipMayAct(membership: ActingMembership) {
  const refused = membershipRefusal(membership)
  if (refused) throw refusal(refused.code, refused.message)
}

/** Throws `permission_required` (403) when the member holds none of `anyOf`. */
export function assertPermission(member: Pick<ActingMember, "permissions">, ...anyOf: Permission[]) {
  const refused = permissionRefusal(member.permissions, anyOf)
  if (refused) throw refusal(refused.code, refused.message)
}

export const actingMemberOf = (membership: ActingMembership): ActingMember => ({
  organization_id: membership.organization_id,
  membership,
  permissions: effectivePermissions(membership),
})

/**
 * The one resolver of the acting member outside HTTP (the guard adds the login and
 * storefront checks): the membership, its rules, then one of `anyOf`. Null when the customer
 * is no member; the caller says what that means where it is (404 on a route, 400 on a cart).
 */
export async function resolveActingMember(
  container: MedusaContainer,
  { customer_id, organization_id, any_of = [] }: { customer_id: string; organization_id?: string | null; any_of?: Permission[] }
): Promise<ActingMember | null> {
  const membership = await findActingMembership(container, customer_id, organization_id)
  if (!membership) return null
  assertMembershipMayAct(membership)
  const member = actingMemberOf(membership)
  assertPermission(member, ...any_of)
  return member
}
