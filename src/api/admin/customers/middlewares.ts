import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs } from "../../utils/query-configs"
import { GetMembershipsParams } from "../../utils/validators"

export const adminCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/organization-memberships",
    middlewares: [validateAndTransformQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
]
