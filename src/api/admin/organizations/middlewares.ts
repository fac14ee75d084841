import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  membershipQueryConfigs,
  organizationQueryConfigs,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
import { GetMembershipsParams, UpdateMembership } from "../../utils/validators"
import {
  AdminAddMember,
  AdminCreateOrganization,
  AdminGetOrganizationsParams,
  AdminUpdateOrganization,
} from "./validators"

export const adminOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations",
    middlewares: [
      validateAndTransformQuery(AdminGetOrganizationsParams, organizationQueryConfigs.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations",
    middlewares: [validateAndTransformBody(AdminCreateOrganization), retrieveOrganization],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/organizations/:id",
    middlewares: [retrieveOrganization],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id",
    middlewares: [validateAndTransformBody(AdminUpdateOrganization), retrieveOrganization],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformBody(AdminAddMember), retrieveMembership],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/:membership_id",
    middlewares: [validateAndTransformBody(UpdateMembership), retrieveMembership],
  },
]
