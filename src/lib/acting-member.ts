// Who may act for an organization: the pure rules, shared by the store guard, the cart hooks
// and the workflow steps (src/lib/resolve-acting-member.ts reads the membership they judge).
import type { ActingMembership } from "../modules/organization/types"
import { missingPermissionMessage, type Permission } from "./permissions"
import { REFUSAL, type RefusalCode } from "./refusal-codes"

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
