import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { organizationQueryConfigs, retrieveOrganizationQuery as retrieveOrganization } from "../../resources/organizations/query-config"
import { validateQuery } from "../../utils/validate-query"
import { adminAccessCodeRoutesMiddlewares } from "./[id]/access-codes/middlewares"
import { adminApprovalPolicyRoutesMiddlewares } from "./[id]/approval-policy/middlewares"
import { adminAssetRoutesMiddlewares } from "./[id]/assets/middlewares"
import { adminEntitlementRoutesMiddlewares } from "./[id]/entitlements/middlewares"
import { adminInvitationRoutesMiddlewares } from "./[id]/invitations/middlewares"
import { adminLocationRoutesMiddlewares } from "./[id]/locations/middlewares"
import { adminMemberRoutesMiddlewares } from "./[id]/members/middlewares"
import { adminOrganizationOrderRoutesMiddlewares } from "./[id]/orders/middlewares"
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
  ...adminOrganizationOrderRoutesMiddlewares,
  ...adminApprovalPolicyRoutesMiddlewares,
  ...adminEntitlementRoutesMiddlewares,
  ...adminAccessCodeRoutesMiddlewares,
  ...adminAssetRoutesMiddlewares,
]
