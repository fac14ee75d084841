import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  invitationQueryConfigs,
  locationQueryConfigs,
  organizationOrderQueryConfigs,
  retrieveOrganizationOrderQuery,
  retrieveLocationQuery,
  membershipQueryConfigs,
  organizationQueryConfigs,
  retrieveInvitationQuery,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import {
  CreateLocation,
  GetLocationsParams,
  SetApprovalPolicy,
  GetOrganizationOrdersParams,
  UpdateLocation,
  CreateInvitation,
  GetInvitationsParams,
  GetMembershipsParams,
  UpdateMembership,
} from "../../utils/validators"
import { adminAccessCodeRoutesMiddlewares } from "./[id]/access-codes/middlewares"
import { adminAssetRoutesMiddlewares } from "./[id]/assets/middlewares"
import { adminEntitlementRoutesMiddlewares } from "./[id]/entitlements/middlewares"
import {
  AdminAddMember,
  AdminCreateOrganization,
  AdminGetDuplicatesParams,
  AdminGetOrganizationsParams,
  AdminUpdateOrganization,
} from "./validators"

export const adminOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/organizations",
    middlewares: [
      validateQuery(AdminGetOrganizationsParams, organizationQueryConfigs.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations",
    middlewares: [validateAndTransformBody(AdminCreateOrganization), retrieveOrganization.admin],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/duplicates",
    middlewares: [validateAndTransformQuery(AdminGetDuplicatesParams, { defaults: [], isList: false })],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/organizations/:id",
    middlewares: [retrieveOrganization.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id",
    middlewares: [validateAndTransformBody(AdminUpdateOrganization), retrieveOrganization.admin],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateQuery(GetMembershipsParams, membershipQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members",
    middlewares: [validateAndTransformBody(AdminAddMember), retrieveMembership.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/members/:membership_id",
    middlewares: [validateAndTransformBody(UpdateMembership), retrieveMembership.admin],
  },
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
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateQuery(GetLocationsParams, locationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateAndTransformBody(CreateLocation), retrieveLocationQuery.admin],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [retrieveLocationQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [validateAndTransformBody(UpdateLocation), retrieveLocationQuery.admin],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/orders",
    middlewares: [validateQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/orders/:order_id",
    middlewares: [retrieveOrganizationOrderQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/approval-policy",
    middlewares: [validateAndTransformBody(SetApprovalPolicy)],
  },
  ...adminEntitlementRoutesMiddlewares,
  ...adminAccessCodeRoutesMiddlewares,
  ...adminAssetRoutesMiddlewares,
]
