import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  accessGroupMemberQueryConfigs,
  accessGroupQueryConfigs,
  retrieveAccessGroupQuery,
} from "../../utils/query-configs"
import {
  AdminChangeAccessGroupMembers,
  AdminCreateAccessGroup,
  AdminGetAccessGroupMembersParams,
  AdminGetAccessGroupsParams,
  AdminUpdateAccessGroup,
} from "./validators"

const memberRoutes = (["sales-channels", "organizations", "customers"] as const).flatMap(
  (resource): MiddlewareRoute[] => [
    {
      method: ["GET"],
      matcher: `/admin/access-groups/:id/${resource}`,
      middlewares: [
        validateAndTransformQuery(AdminGetAccessGroupMembersParams, accessGroupMemberQueryConfigs[resource]),
      ],
    },
    {
      method: ["POST"],
      matcher: `/admin/access-groups/:id/${resource}`,
      middlewares: [validateAndTransformBody(AdminChangeAccessGroupMembers), retrieveAccessGroupQuery],
    },
  ]
)

export const adminAccessGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/access-groups",
    middlewares: [validateAndTransformQuery(AdminGetAccessGroupsParams, accessGroupQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/access-groups",
    middlewares: [validateAndTransformBody(AdminCreateAccessGroup), retrieveAccessGroupQuery],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/access-groups/:id",
    middlewares: [retrieveAccessGroupQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/access-groups/:id",
    middlewares: [validateAndTransformBody(AdminUpdateAccessGroup), retrieveAccessGroupQuery],
  },
  ...memberRoutes,
]
