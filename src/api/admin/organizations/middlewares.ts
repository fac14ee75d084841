import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  invitationQueryConfigs,
  locationQueryConfigs,
  accessCodeQueryConfigs,
  assetQueryConfigs,
  retrieveAccessCodeQuery,
  retrieveAssetQuery,
  entitlementQueryConfigs,
  retrieveEntitlementQuery,
  retrieveLocationQuery,
  membershipQueryConfigs,
  organizationQueryConfigs,
  retrieveInvitationQuery,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import { adminApprovalPolicyRoutesMiddlewares } from "./[id]/approval-policy/middlewares"
import { adminOrganizationOrderRoutesMiddlewares } from "./[id]/orders/middlewares"
import {
  CreateLocation,
  GetLocationsParams,
  CreateAccessCode,
  ChangeAccessCode,
  CreateAsset,
  GetPortalListParams,
  GetEntitlementsParams,
  CreateEntitlement,
  UpdateEntitlement,
  UpdateLocation,
  CreateInvitation,
  GetInvitationsParams,
  GetMembershipsParams,
  UpdateMembership,
} from "../../utils/validators"
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
  ...adminOrganizationOrderRoutesMiddlewares,
  ...adminApprovalPolicyRoutesMiddlewares,
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateQuery(GetEntitlementsParams, entitlementQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateAndTransformBody(CreateEntitlement), retrieveEntitlementQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [validateAndTransformBody(UpdateEntitlement), retrieveEntitlementQuery.admin],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [retrieveEntitlementQuery.admin],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateQuery(GetPortalListParams, accessCodeQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateAndTransformBody(CreateAccessCode), retrieveAccessCodeQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes/:code_id",
    middlewares: [validateAndTransformBody(ChangeAccessCode), retrieveAccessCodeQuery.admin],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateQuery(GetPortalListParams, assetQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateAndTransformBody(CreateAsset), retrieveAssetQuery.admin],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets/:asset_id/token",
    middlewares: [retrieveAssetQuery.admin],
  },
]
