import type { MiddlewareRoute } from "@medusajs/framework/http"
import { organizationOrderQueryConfigs, retrieveOrganizationOrderQuery } from "../../../../resources/orders/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetOrganizationOrdersParams } from "../../../../resources/orders/validators"

export const adminOrganizationOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/orders",
    middlewares: [validateQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/orders/:order_id",
    middlewares: [retrieveOrganizationOrderQuery.admin],
  },
]
