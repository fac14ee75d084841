import { type MiddlewareRoute } from "@medusajs/framework/http"
import { organizationOrderQueryConfigs, retrieveOrganizationOrderQuery } from "../../../../query-config/organization-orders"
import { forMember } from "../../for-member"
import { validateQuery } from "../../../../utils/validate-query"
import { GetOrganizationOrdersParams } from "../../../../admin/organizations/[id]/orders/validators"


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
