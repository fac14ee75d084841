import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { DecideApproval, GetApprovalsParams } from "../../../../resources/approvals/validators"
import { approvalQueryConfigs, retrieveApprovalQuery } from "../../../../resources/approvals/query-config"
import { forMember } from "../../for-member"
import { validateQuery } from "../../../../utils/validate-query"


export const storeOrganizationApprovalRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals",
    middlewares: [...forMember(), validateQuery(GetApprovalsParams, approvalQueryConfigs.store.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals/:approval_id",
    middlewares: [...forMember(), retrieveApprovalQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/approve",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/reject",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery.store],
  },
]
