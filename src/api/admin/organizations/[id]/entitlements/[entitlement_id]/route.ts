import { deleteAdminEntitlement, updateAdminEntitlement } from "../../../../../utils/entitlements"

export const POST = updateAdminEntitlement
export const DELETE = deleteAdminEntitlement
