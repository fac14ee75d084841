import { createAdminEntitlement, listAdminEntitlements } from "../../../../utils/entitlements"

export const GET = listAdminEntitlements
export const POST = createAdminEntitlement
