import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { organizationQueryConfigs, retrieveOrganizationQuery as retrieveOrganization } from "../../query-config/organization"
import {
  accessCodeQueryConfigs,
  assetQueryConfigs,
  retrieveAccessCodeQuery,
  retrieveAssetQuery,
  entitlementQueryConfigs,
  retrieveEntitlementQuery,
  organizationOrderQueryConfigs,
  retrieveOrganizationOrderQuery,
} from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import {
  CreateAccessCode,
  ChangeAccessCode,
  CreateAsset,
  GetPortalListParams,
  GetEntitlementsParams,
  CreateEntitlement,
  UpdateEntitlement,
  SetApprovalPolicy,
  GetOrganizationOrdersParams,
} from "../../utils/validators"
import { adminInvitationRoutesMiddlewares } from "./[id]/invitations/middlewares"
import { adminLocationRoutesMiddlewares } from "./[id]/locations/middlewares"
import { adminMemberRoutesMiddlewares } from "./[id]/members/middlewares"
import {
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
  ...adminMemberRoutesMiddlewares,
  ...adminInvitationRoutesMiddlewares,
  ...adminLocationRoutesMiddlewares,
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
