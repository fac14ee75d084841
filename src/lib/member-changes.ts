import { MedusaError } from "@medusajs/framework/utils"
import { currencyAmountsOf, type CurrencyAmounts } from "./money"
import { effectivePermissions, type Permission, type PermissionState, type Role, type SpendingLimitSetter } from "./permissions"
import { refusal } from "./refusal"

// Who may change which member, in one rule (server only; the role presets are in ./permissions).

/** Who asks for a change: the merchant (admin API) or a member acting in the store. */
export type ChangeActor =
  | { type: "merchant" }
  | ({ type: "member"; membership_id: string; location_ids?: readonly string[] } & PermissionState)

/** The target of a change as it is now (read under the organization's lock). */
export type ChangeTarget = PermissionState & {
  id: string
  status?: string
  spending_limit_set_by?: SpendingLimitSetter | null
  location_ids?: readonly string[]
}

/** The fields of a membership update (or the permissions of an invitation). */
export type MemberChange = {
  role?: Role
  grants?: readonly string[]
  revokes?: readonly string[]
  status?: string
  spending_limit?: CurrencyAmounts | null
  location_ids?: readonly string[]
}

export const CHANGE_REFUSAL_CODES = [
  "self_change_forbidden",
  "escalation_forbidden",
  "spending_limit_admin_only",
  "spending_limit_merchant_set",
  "membership_pending_activation",
] as const
export type ChangeRefusal = { code: (typeof CHANGE_REFUSAL_CODES)[number]; message: string }

// What nobody changes on their own membership in the store (preferences go through /me).
const SELF_PROTECTED_FIELDS = ["role", "grants", "revokes", "spending_limit", "location_ids"] as const

const beyond = (held: readonly Permission[], wanted: readonly Permission[]) =>
  wanted.filter((permission) => !held.includes(permission))

/**
 * A pending membership (an approval's or onboarding's admin, a member added by e-mail) leaves
 * `pending` only by its contact's link: that link is the proof the login is the contact's. So
 * nobody sets its status, the merchant included: not active, and not deactivated either (from
 * there, "reactivate" would skip the link). The way out is to send the activation again.
 * `organizationId` names the merchant's route in the message.
 */
export function pendingStatusRefusal(
  actor: Pick<ChangeActor, "type">,
  target: { id: string; status?: string | null } | null | undefined,
  change: { status?: string | null },
  organizationId?: string
): ChangeRefusal | null {
  if (target?.status !== "pending" || change.status === undefined || change.status === null) return null
  const wayOut =
    actor.type === "merchant"
      ? `send the activation instead (POST /admin/organizations/${organizationId ?? ":id"}/members/${target.id}/activation e-mails a new link; the dashboard's "Send activation e-mail")`
      : "the shop can send the activation again"
  return {
    code: "membership_pending_activation",
    message: `This membership is pending: it becomes active only when its contact follows the activation link e-mailed to them; ${wayOut}`,
  }
}

/**
 * The one rule for who may change a member or hand out an invitation; null when allowed.
 * - the merchant may do anything but change a pending membership's status;
 * - nobody changes their own role, grants, revokes, spending limit or locations;
 * - nobody changes the status of a pending membership (pendingStatusRefusal);
 * - an organization admin may change any other member, except a spending limit the
 *   merchant set;
 * - another member (holding members.manage) may touch a member only while the member's
 *   current and resulting permissions are all its own, never the admin role, never a
 *   spending limit, and only locations it is assigned to itself.
 * `target` is omitted for an invitation (nobody holds it yet).
 */
export function memberChangeRefusal(
  actor: ChangeActor,
  target: ChangeTarget | null,
  change: MemberChange
): ChangeRefusal | null {
  if (actor.type === "merchant") return pendingStatusRefusal(actor, target, change)
  const touched = SELF_PROTECTED_FIELDS.filter((field) => change[field] !== undefined)
  if (target && target.id === actor.membership_id && touched.length) {
    return {
      code: "self_change_forbidden",
      message: `You cannot change your own ${touched.join(", ")}; ask another admin of the organization`,
    }
  }
  const pending = pendingStatusRefusal(actor, target, change)
  if (pending) return pending
  if (change.spending_limit !== undefined) {
    if (actor.role !== "admin") {
      return {
        code: "spending_limit_admin_only",
        message: "Only an organization admin can set spending limits",
      }
    }
    if (target?.spending_limit_set_by === "merchant") {
      return {
        code: "spending_limit_merchant_set",
        message: "This spending limit was set by the shop; only the shop can change it",
      }
    }
  }
  if (actor.role === "admin") return null

  const escalation = (message: string): ChangeRefusal => ({ code: "escalation_forbidden", message })
  const resultingRole = change.role ?? target?.role
  if (target?.role === "admin" || resultingRole === "admin") {
    return escalation("Only an organization admin can assign or change the admin role")
  }
  const held = effectivePermissions(actor)
  if (target) {
    const current = beyond(held, effectivePermissions(target))
    if (current.length) {
      return escalation(`This member holds permissions you do not hold: ${current.join(", ")}`)
    }
  }
  const resulting = beyond(
    held,
    effectivePermissions({
      role: resultingRole!,
      grants: change.grants ?? target?.grants,
      revokes: change.revokes ?? target?.revokes,
    })
  )
  if (resulting.length) {
    return escalation(`The member would hold permissions you do not hold: ${resulting.join(", ")}`)
  }
  if (change.location_ids !== undefined) {
    const own = actor.location_ids ?? []
    const foreign = [...(target?.location_ids ?? []), ...change.location_ids].filter((id) => !own.includes(id))
    if (foreign.length) {
      return escalation(`You can only assign locations you are assigned to yourself: ${[...new Set(foreign)].join(", ")}`)
    }
  }
  return null
}

/**
 * A limit sent with the value it already has (e.g. a dashboard form saving every field) is
 * no change: it keeps its setter and needs no right to set limits.
 */
export function withoutUnchangedLimit<T extends { spending_limit?: CurrencyAmounts | null }>(
  change: T,
  current: { spending_limit?: unknown } | undefined | null
): T {
  if (change.spending_limit === undefined || !current) return change
  const key = (amounts: unknown) => {
    const map = currencyAmountsOf(amounts)
    return map ? JSON.stringify(Object.keys(map).sort().map((code) => [code, map[code]])) : null
  }
  if (key(current.spending_limit) !== key(change.spending_limit)) return change
  const { spending_limit: _unchanged, ...rest } = change
  return rest as T
}

/** The refusal's status (403, or 409 for a pending membership) and stable `code` when `memberChangeRefusal` refuses. */
export function assertMemberChangeAllowed(actor: ChangeActor, target: ChangeTarget | null, change: MemberChange) {
  const refused = memberChangeRefusal(actor, target, change)
  if (refused) throw refusal(refused.code, refused.message)
}

/** The acting member of a store request as a `ChangeActor`. */
export function memberActor(
  membership: { id: string } & PermissionState,
  location_ids?: readonly string[]
): ChangeActor {
  const { id, role, grants, revokes } = membership
  return { type: "member", membership_id: id, role, grants, revokes, location_ids }
}
