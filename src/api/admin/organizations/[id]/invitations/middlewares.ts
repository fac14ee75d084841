import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { invitationQueryConfigs, retrieveInvitationQuery } from "../../../../query-config/invitation"
import { validateQuery } from "../../../../utils/validate-query"
import { CreateInvitation, GetInvitationsParams } from "../../../../utils/validators"

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
