import { organizationOrderRoutes } from "../../../../../utils/orders"

export const GET = organizationOrderRoutes("admin").retrieve
