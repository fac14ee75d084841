import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import {
  listMembershipsQueryConfig,
  listOrganizationsQueryConfig,
  retrieveMembershipQueryConfig,
  retrieveOrganizationQueryConfig,
} from "../../utils/query-configs"
import { GetMembershipsParams, UpdateMembership } from "../../utils/validators"
import {
  AdminAddMember,
  AdminCreateOrganization,
  AdminGetOrganizationParams,
  AdminGetOrganizationsParams,
  AdminUpdateOrganization,
} from "./validators"

const retrieveOrganization = validateAndTransformQuery(
  AdminGetOrganizationParams,
  retrieveOrganizationQueryConfig
)
const retrieveOrganizationMembership = validateAndTransformQuery(
  createSelectParams(),
  retrieveMembershipQueryConfig
)

export const adminOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations",
    middlewares: [
      validateAndTransformQuery(AdminGetOrganizationsParams, listOrganizationsQueryConfig),
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
    middlewares: [validateAndTransformQuery(GetMembershipsParams, listMembershipsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformBody(AdminAddMember), retrieveOrganizationMembership],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/:membership_id",
    middlewares: [validateAndTransformBody(UpdateMembership), retrieveOrganizationMembership],
  },
]
