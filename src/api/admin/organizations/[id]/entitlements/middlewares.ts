import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { entitlementQueryConfigs, retrieveEntitlementQuery } from "../../../../resources/entitlements/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetEntitlementsParams } from "../../../../resources/entitlements/validators"
import { CreateEntitlement, UpdateEntitlement } from "./validators"

export const adminEntitlementRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateQuery(GetEntitlementsParams, entitlementQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateAndTransformBody(CreateEntitlement), retrieveEntitlementQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [validateAndTransformBody(UpdateEntitlement), retrieveEntitlementQuery.admin],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [retrieveEntitlementQuery.admin],
  },
]
