import type { MedusaContainer } from "@medusajs/framework/types"
import { actingMemberOf, actingMembershipOf, assertMembershipMayAct, assertPermission, type ActingMember } from "../../lib/acting-member"
import type { Permission } from "../../lib/permissions"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import type { ActingMembership } from "../../modules/organization/types"

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
  return actingMembershipOf(memberships, organizationId)
}

/**
 * The one resolver of the acting member outside HTTP (the guard adds the login and
 * storefront checks): the membership, its rules (lib/acting-member), then one of `anyOf`.
 * Null when the customer is no member; the caller says what that means where it is (404 on
 * a route, 400 on a cart).
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
