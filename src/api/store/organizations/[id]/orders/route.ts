import { organizationOrderRoutes } from "../../../../utils/orders"

export const GET = organizationOrderRoutes("store").list
