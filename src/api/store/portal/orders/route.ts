import { listPortalOrders } from "../../../utils/portal"

export const GET = listPortalOrders
