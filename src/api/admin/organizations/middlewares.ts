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
  organizationOrderQueryConfigs,
  retrieveLocationQuery,
  membershipQueryConfigs,
  organizationQueryConfigs,
  retrieveInvitationQuery,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
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
  SetApprovalPolicy,
  GetOrganizationOrdersParams,
  UpdateLocation,
  CreateInvitation,
  GetInvitationsParams,
  GetMembershipsParams,
  UpdateMembership,
} from "../../utils/validators"
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
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/invitations",
    middlewares: [validateAndTransformQuery(GetInvitationsParams, invitationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/invitations",
    middlewares: [validateAndTransformBody(CreateInvitation), retrieveInvitationQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateAndTransformQuery(GetLocationsParams, locationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations",
    middlewares: [validateAndTransformBody(CreateLocation), retrieveLocationQuery],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [retrieveLocationQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/locations/:location_id",
    middlewares: [validateAndTransformBody(UpdateLocation), retrieveLocationQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/orders",
    middlewares: [validateAndTransformQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/approval-policy",
    middlewares: [validateAndTransformBody(SetApprovalPolicy)],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateAndTransformQuery(GetEntitlementsParams, entitlementQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements",
    middlewares: [validateAndTransformBody(CreateEntitlement), retrieveEntitlementQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [validateAndTransformBody(UpdateEntitlement), retrieveEntitlementQuery],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/organizations/:id/entitlements/:entitlement_id",
    middlewares: [retrieveEntitlementQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateAndTransformQuery(GetPortalListParams, accessCodeQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes",
    middlewares: [validateAndTransformBody(CreateAccessCode), retrieveAccessCodeQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/access-codes/:code_id",
    middlewares: [validateAndTransformBody(ChangeAccessCode), retrieveAccessCodeQuery],
  },
  {
    method: ["GET"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateAndTransformQuery(GetPortalListParams, assetQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets",
    middlewares: [validateAndTransformBody(CreateAsset), retrieveAssetQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/organizations/:id/assets/:asset_id/token",
    middlewares: [retrieveAssetQuery],
  },
]
