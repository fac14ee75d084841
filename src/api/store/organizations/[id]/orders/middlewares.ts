import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { organizationOrderQueryConfigs, retrieveOrganizationOrderQuery } from "../../../../query-config/organization-orders"
import { requireOrganizationMember } from "../../../../utils/organization-guard"
import { validateQuery } from "../../../../utils/validate-query"
import { GetOrganizationOrdersParams } from "../../../../admin/organizations/[id]/orders/validators"

const forMember = [authenticate("customer", ["session", "bearer"]), requireOrganizationMember()]

export const storeOrganizationOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders",
    middlewares: [...forMember, validateQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.store.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders/:order_id",
    middlewares: [...forMember, retrieveOrganizationOrderQuery.store],
  },
]
