import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { approvalQueryConfigs, retrieveApprovalQuery } from "../../resources/approvals/query-config"
import { validateQuery } from "../../utils/validate-query"
import { AdminGetApprovalsParams, DecideApproval } from "../../resources/approvals/validators"

export const adminApprovalRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/approvals",
    middlewares: [validateQuery(AdminGetApprovalsParams, approvalQueryConfigs.list)],
  },
  { method: ["GET"], matcher: "/admin/approvals/:id", middlewares: [retrieveApprovalQuery.admin] },
  {
    method: ["POST"],
    matcher: "/admin/approvals/:id/approve",
    middlewares: [validateAndTransformBody(DecideApproval), retrieveApprovalQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/approvals/:id/reject",
    middlewares: [validateAndTransformBody(DecideApproval), retrieveApprovalQuery.admin],
  },
]
