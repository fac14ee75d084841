// Who may act for an organization: the pure rules, shared by the store guard, the cart hooks
// and the workflow steps (src/workflows/common/acting-member.ts reads the membership they judge).
import type { ActingMembership } from "../modules/organization/types"
import { effectivePermissions, missingPermissionMessage, type Permission } from "./permissions"
import { refusal } from "./refusal"
import { REFUSAL, type RefusalCode } from "./refusal-codes"

/** A customer acting for one organization, as the guard, the cart hooks and the steps see them. */
export type ActingMember = {
  organization_id: string
  membership: ActingMembership
  permissions: Permission[]
}

export const ORGANIZATION_HEADER = "x-organization-id"

export type ActingRefusal = { code: RefusalCode; message: string }

/** Why this membership may not act for its organization now (null: it may). */
export function membershipRefusal(
  membership: Pick<ActingMembership, "status" | "organization_status">
): ActingRefusal | null {
  if (membership.status === "pending") {
    return {
      code: REFUSAL.membership_pending,
      message: "Your membership of this organization waits for confirmation: follow the link e-mailed to you",
    }
  }
  if (membership.status !== "active") {
    return { code: REFUSAL.membership_deactivated, message: "Your membership of this organization is deactivated: ask an administrator of your organization to reactivate it" }
  }
  if (membership.organization_status !== "active") {
    return { code: REFUSAL.organization_suspended, message: "Your organization's account is suspended: please contact the shop" }
  }
  return null
}

/** Refusal naming the first of `anyOf` when `permissions` holds none of them (none asked: null). */
export function permissionRefusal(permissions: readonly Permission[], anyOf: readonly Permission[]): ActingRefusal | null {
  if (!anyOf.length || anyOf.some((permission) => permissions.includes(permission))) return null
  return { code: REFUSAL.permission_required, message: missingPermissionMessage(anyOf[0]) }
}

/**
 * The acting membership among the customer's `memberships` (as listActingMemberships answers
 * them for `organizationId`): with none named and several, 400 `organization_ambiguous`;
 * null when there is none.
 */
export function actingMembershipOf(memberships: ActingMembership[], organizationId?: string | null): ActingMembership | null {
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
