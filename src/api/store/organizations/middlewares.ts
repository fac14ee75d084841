import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { myOrganizationsQueryConfig } from "../../query-config/membership"
import { retrieveOrganizationQuery as retrieveOrganization } from "../../query-config/organization"
import {
  approvalQueryConfigs,
  retrieveApprovalQuery,
  organizationOrderQueryConfigs,
  retrieveOrganizationOrderQuery,
} from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import {
  GetApprovalsParams,
  DecideApproval,
  GetOrganizationOrdersParams,
} from "../../utils/validators"
import { authenticateCustomer, forMember } from "./for-member"
import { storeEntitlementRoutesMiddlewares } from "./[id]/entitlements/middlewares"
import { storeInvitationManagementMiddlewares } from "./[id]/invitations/middlewares"
import { storeLocationRoutesMiddlewares } from "./[id]/locations/middlewares"
import { storeMemberRoutesMiddlewares } from "./[id]/members/middlewares"
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
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders",
    middlewares: [...forMember(), validateQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.store.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders/:order_id",
    middlewares: [...forMember(), retrieveOrganizationOrderQuery.store],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals",
    middlewares: [...forMember(), validateQuery(GetApprovalsParams, approvalQueryConfigs.store.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals/:approval_id",
    middlewares: [...forMember(), retrieveApprovalQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/approve",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/reject",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery.store],
  },
  ...storeEntitlementRoutesMiddlewares,
]
