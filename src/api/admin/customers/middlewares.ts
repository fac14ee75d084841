import { type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs } from "../../resources/members/query-config"
import { validateQuery } from "../../utils/validate-query"
import { GetMembershipsParams } from "../../resources/members/validators"

export const adminCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/organization-memberships",
    middlewares: [validateQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
]
