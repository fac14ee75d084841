// The server's permission keys and role presets, shared so the dashboard shows exactly what it checks.
export { PERMISSIONS, ROLES, ROLE_PERMISSIONS, effectivePermissions } from "../../lib/permissions"
export type { Permission, Role } from "../../lib/permissions"
