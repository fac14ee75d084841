import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { accountRequestQueryConfigs, retrieveAccountRequestQuery } from "../../resources/account-requests/query-config"
import { validateQuery } from "../../utils/validate-query"
import {
  AdminActivationLink,
  AdminApproveAccountRequest,
  AdminGetAccountRequestsParams,
  AdminRejectAccountRequest,
} from "./validators"

export const adminAccountRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/account-requests",
    middlewares: [validateQuery(AdminGetAccountRequestsParams, accountRequestQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/admin/account-requests/:id",
    middlewares: [retrieveAccountRequestQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/account-requests/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveAccountRequest), retrieveAccountRequestQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/account-requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectAccountRequest), retrieveAccountRequestQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/account-requests/:id/activation-link",
    middlewares: [validateAndTransformBody(AdminActivationLink), retrieveAccountRequestQuery.admin],
  },
]
