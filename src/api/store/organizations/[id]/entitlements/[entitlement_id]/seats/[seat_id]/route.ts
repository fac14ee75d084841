import { freeStoreSeat } from "../../../../../../../utils/entitlements"

export const DELETE = freeStoreSeat
