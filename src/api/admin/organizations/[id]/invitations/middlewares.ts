import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { invitationQueryConfigs, retrieveInvitationQuery } from "../../../../resources/invitations/query-config"
import { validateQuery } from "../../../../utils/validate-query"
import { CreateInvitation, GetInvitationsParams } from "../../../../resources/invitations/validators"

export const adminInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/invitations",
    middlewares: [validateQuery(GetInvitationsParams, invitationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/invitations",
    middlewares: [validateAndTransformBody(CreateInvitation), retrieveInvitationQuery.admin],
  },
]
