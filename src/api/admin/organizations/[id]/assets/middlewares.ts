import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { assetQueryConfigs, retrieveAssetQuery } from "../../../../resources/portal/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetPortalListParams } from "../../../../resources/portal/validators"
import { CreateAsset } from "./validators"

export const adminAssetRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateQuery(GetPortalListParams, assetQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateAndTransformBody(CreateAsset), retrieveAssetQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets/:asset_id/token",
    middlewares: [retrieveAssetQuery.admin],
  },
]
