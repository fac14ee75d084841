import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { accountRequestQueryConfigs, retrieveAccountRequestQuery } from "../../utils/query-configs"
import {
  AdminApproveAccountRequest,
  AdminGetAccountRequestsParams,
  AdminRejectAccountRequest,
} from "./validators"

export const adminAccountRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/account-requests",
    middlewares: [validateAndTransformQuery(AdminGetAccountRequestsParams, accountRequestQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/admin/account-requests/:id",
    middlewares: [retrieveAccountRequestQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/account-requests/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveAccountRequest), retrieveAccountRequestQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/account-requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectAccountRequest), retrieveAccountRequestQuery],
  },
]
