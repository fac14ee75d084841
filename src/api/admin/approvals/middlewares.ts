import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { approvalQueryConfigs, retrieveApprovalQuery } from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import { DecideApproval, GetApprovalsParams } from "../../utils/validators"

const AdminGetApprovalsParams = GetApprovalsParams.extend({
  organization_id: z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64))]).optional(),
})

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
