import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs, retrieveMembershipQuery } from "../../../../query-config/membership"
import { validateQuery } from "../../../../utils/validate-query"
import { GetMembershipsParams, UpdateMembership } from "../../../../utils/validators"
import { AdminAddMember } from "../../validators"

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
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/:membership_id",
    middlewares: [validateAndTransformBody(UpdateMembership), retrieveMembershipQuery.admin],
  },
]
