import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { invitationQueryConfigs, retrieveInvitationQuery } from "../../../../resources/invitations/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { CreateInvitation, GetInvitationsParams } from "../../../../resources/invitations/validators"
import { forMember } from "../../for-member"

export const storeInvitationManagementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [...forMember("members.manage"), validateQuery(GetInvitationsParams, invitationQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [...forMember("members.manage"), validateAndTransformBody(CreateInvitation), retrieveInvitationQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/invitations/:invitation_id",
    middlewares: forMember("members.manage"),
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/invitations/:invitation_id/resend",
    middlewares: forMember("members.manage"),
  },
]
