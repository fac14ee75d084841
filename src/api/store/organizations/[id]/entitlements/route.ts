import { listStoreEntitlements } from "../../../../utils/entitlements"

export const GET = listStoreEntitlements
