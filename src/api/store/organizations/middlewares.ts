import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { myOrganizationsQueryConfig } from "../../resources/members/query-config"
import { retrieveOrganizationQuery as retrieveOrganization } from "../../resources/organizations/query-config"
import { validateQuery } from "../../utils/validate-query"
import { authenticateCustomer, forMember } from "./for-member"
import { storeOrganizationApprovalRoutesMiddlewares } from "./[id]/approvals/middlewares"
import { storeEntitlementRoutesMiddlewares } from "./[id]/entitlements/middlewares"
import { storeInvitationManagementMiddlewares } from "./[id]/invitations/middlewares"
import { storeLocationRoutesMiddlewares } from "./[id]/locations/middlewares"
import { storeMemberRoutesMiddlewares } from "./[id]/members/middlewares"
import { storeOrganizationOrderRoutesMiddlewares } from "./[id]/orders/middlewares"
import {
  StoreGetMyOrganizationsParams,
  StoreUpdateOrganization,
} from "./validators"

export const storeOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations",
    middlewares: [
      authenticateCustomer,
      validateQuery(StoreGetMyOrganizationsParams, myOrganizationsQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id",
    middlewares: [...forMember(), retrieveOrganization.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id",
    middlewares: [
      ...forMember("organization.manage"),
      validateAndTransformBody(StoreUpdateOrganization),
      retrieveOrganization.store,
    ],
  },
  ...storeMemberRoutesMiddlewares,
  ...storeInvitationManagementMiddlewares,
  ...storeLocationRoutesMiddlewares,
  ...storeOrganizationOrderRoutesMiddlewares,
  ...storeOrganizationApprovalRoutesMiddlewares,
  ...storeEntitlementRoutesMiddlewares,
]
