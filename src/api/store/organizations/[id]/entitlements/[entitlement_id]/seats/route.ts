import { assignStoreSeat } from "../../../../../../utils/entitlements"

export const POST = assignStoreSeat
