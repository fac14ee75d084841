import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs, retrieveMembershipQuery } from "../../../../resources/members/query-config"
import { validateAndTransformEveryField } from "../../../../utils/validate-body"
import { validateQuery } from "../../../../utils/validate-query"
import { GetMembershipsParams, UpdateMembership } from "../../../../resources/members/validators"
import { AdminAddMember, AdminBatchAddMembers, batchEmailRepeats } from "../../validators"

export const adminMemberRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformBody(AdminAddMember), retrieveMembershipQuery.admin],
  },
  {
    // Every failing row named at once, which Medusa's validator (three issues) cannot do.
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/batch",
    middlewares: [validateAndTransformEveryField(AdminBatchAddMembers, batchEmailRepeats), retrieveMembershipQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/:membership_id",
    middlewares: [validateAndTransformBody(UpdateMembership), retrieveMembershipQuery.admin],
  },
]
