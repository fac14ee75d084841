import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  accessGroupMemberQueryConfigs,
  accessGroupQueryConfigs,
  retrieveAccessGroupQuery,
} from "../../resources/access-groups/query-config"
import { validateQuery } from "../../utils/validate-query"
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
        validateQuery(AdminGetAccessGroupMembersParams, accessGroupMemberQueryConfigs[resource]),
      ],
    },
    {
      method: ["POST"],
      matcher: `/admin/access-groups/:id/${resource}`,
      middlewares: [validateAndTransformBody(AdminChangeAccessGroupMembers), retrieveAccessGroupQuery.admin],
    },
  ]
)

export const adminAccessGroupRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/access-groups",
    middlewares: [validateQuery(AdminGetAccessGroupsParams, accessGroupQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/access-groups",
    middlewares: [validateAndTransformBody(AdminCreateAccessGroup), retrieveAccessGroupQuery.admin],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/access-groups/:id",
    middlewares: [retrieveAccessGroupQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/access-groups/:id",
    middlewares: [validateAndTransformBody(AdminUpdateAccessGroup), retrieveAccessGroupQuery.admin],
  },
  ...memberRoutes,
]
