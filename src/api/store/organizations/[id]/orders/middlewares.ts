import { type MiddlewareRoute } from "@medusajs/framework/http"
import { organizationOrderQueryConfigs, retrieveOrganizationOrderQuery } from "../../../../resources/orders/query-config"
import { forMember } from "../../for-member"
import { validateQuery } from "../../../../utils/validate-query"
import { GetOrganizationOrdersParams } from "../../../../resources/orders/validators"


export const storeOrganizationOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders",
    middlewares: [...forMember(), validateQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.store.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders/:order_id",
    middlewares: [...forMember(), retrieveOrganizationOrderQuery.store],
  },
]
