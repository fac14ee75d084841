import { type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs } from "../../query-config/membership"
import { validateQuery } from "../../utils/validate-query"
import { GetMembershipsParams } from "../../utils/validators"

export const adminCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/organization-memberships",
    middlewares: [validateQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
]
