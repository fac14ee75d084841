// Imported by the admin dashboard too (src/admin/lib/roles.ts): keep it free of server imports.
// The only permission keys the server checks. Roles are presets of these keys; an
// organization admin can grant or revoke single keys per member on top of the role.

export const PERMISSIONS = [
  "organization.manage", // edit the organization's profile
  "members.view",
  "members.manage", // invite, change roles and permissions, deactivate, remove
  "addresses.manage",
  "orders.place",
  "orders.request", // ask for approval of an order instead of placing it
  "orders.view_all",
  "orders.approve",
  "entitlements.manage",
  "library.view",
] as const

export type Permission = (typeof PERMISSIONS)[number]

/** What each permission lets a member do, in the words of a refusal ("Your account may not …"). */
export const PERMISSION_TASKS: Record<Permission, string> = {
  "organization.manage": "change the organization's details",
  "members.view": "see the organization's members",
  "members.manage": "invite or manage the organization's members",
  "addresses.manage": "manage the organization's delivery addresses",
  "orders.place": "place orders for the organization",
  "orders.request": "ask for orders for the organization",
  "orders.view_all": "see all of the organization's orders",
  "orders.approve": "approve the organization's orders",
  "entitlements.manage": "manage the organization's subscriptions and trainings",
  "library.view": "read the organization's library",
}

/** The refusal's sentence for a member who lacks `permission` (the key stays in it for support). */
export const missingPermissionMessage = (permission: Permission) =>
  `Your account may not ${PERMISSION_TASKS[permission]}: ask an administrator of your organization for the permission (${permission})`

export const ROLES = ["admin", "buyer", "requester"] as const
export type Role = (typeof ROLES)[number]

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  buyer: ["orders.place", "orders.request", "library.view"],
  requester: ["orders.request", "library.view"],
}

/**
 * The permission that makes an admin an admin for the at-least-one-admin invariant:
 * an admin whose `members.manage` is revoked can no longer manage the organization.
 */
export const ADMIN_PERMISSION: Permission = "members.manage"

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value)
}

/** Effective permissions = role ∪ grants − revokes, in the order of PERMISSIONS. */
export function effectivePermissions(membership: {
  role: Role
  grants?: readonly string[] | null
  revokes?: readonly string[] | null
}): Permission[] {
  const granted = new Set<string>([...ROLE_PERMISSIONS[membership.role], ...(membership.grants ?? [])])
  for (const revoked of membership.revokes ?? []) granted.delete(revoked)
  return PERMISSIONS.filter((permission) => granted.has(permission))
}

/** An admin that counts for the invariant: admin role, active, and members.manage not revoked. */
export function countsAsAdmin(membership: {
  role: Role
  status: string
  revokes?: readonly string[] | null
}): boolean {
  return (
    membership.role === "admin" &&
    membership.status === "active" &&
    !(membership.revokes ?? []).includes(ADMIN_PERMISSION)
  )
}

export const NOTIFICATION_CATEGORIES = ["general", "orders", "billing", "support"] as const
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number]

export const DEFAULT_NOTIFICATION_PREFERENCES: Record<NotificationCategory, boolean> = {
  general: true,
  orders: true,
  billing: true,
  support: true,
}

/** A membership's permission-bearing fields, as stored. */
export type PermissionState = {
  role: Role
  grants?: readonly string[] | null
  revokes?: readonly string[] | null
}

/** Who set a member's spending limit; a merchant-set limit is changed only by the merchant. */
export const SPENDING_LIMIT_SETTERS = ["merchant", "organization"] as const
export type SpendingLimitSetter = (typeof SPENDING_LIMIT_SETTERS)[number]
