import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { SetApprovalPolicy } from "./validators"

export const adminApprovalPolicyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/approval-policy",
    middlewares: [validateAndTransformBody(SetApprovalPolicy)],
  },
]
