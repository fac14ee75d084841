import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { membershipQueryConfigs, retrieveMembershipQuery } from "../../../../resources/members/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { GetMembershipsParams, UpdateMembership } from "../../../../resources/members/validators"
import { forMember } from "../../for-member"
import { StoreUpdateMe } from "../../validators"

export const storeMemberRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/members",
    middlewares: [...forMember("members.view"), validateQuery(GetMembershipsParams, membershipQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: [...forMember("members.manage"), validateAndTransformBody(UpdateMembership), retrieveMembershipQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: forMember("members.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), retrieveMembershipQuery.store],
  },
  {
    // The member's own spend: any active member, nothing to ask for (no `fields`).
    method: ["GET"],
    matcher: "/store/organizations/:id/me/spending",
    middlewares: forMember(),
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), validateAndTransformBody(StoreUpdateMe), retrieveMembershipQuery.store],
  },
]
