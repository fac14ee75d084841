import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { accessCodeQueryConfigs, retrieveAccessCodeQuery } from "../../../../resources/portal/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetPortalListParams } from "../../../../resources/portal/validators"
import { ChangeAccessCode, CreateAccessCode } from "./validators"

export const adminAccessCodeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateQuery(GetPortalListParams, accessCodeQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateAndTransformBody(CreateAccessCode), retrieveAccessCodeQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes/:code_id",
    middlewares: [validateAndTransformBody(ChangeAccessCode), retrieveAccessCodeQuery.admin],
  },
]
