import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { Permission } from "../../../lib/permissions"
import { requireOrganizationMember } from "../../utils/organization-guard"
import {
  invitationQueryConfigs,
  locationQueryConfigs,
  entitlementQueryConfigs,
  libraryQueryConfig,
  retrieveEntitlementQuery,
  approvalQueryConfigs,
  retrieveApprovalQuery,
  organizationOrderQueryConfigs,
  retrieveLocationQuery,
  membershipQueryConfigs,
  myOrganizationsQueryConfig,
  retrieveInvitationQuery,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
import {
  CreateLocation,
  GetLocationsParams,
  GetEntitlementsParams,
  GetLibraryParams,
  AssignSeat,
  GetApprovalsParams,
  DecideApproval,
  GetOrganizationOrdersParams,
  UpdateLocation,
  CreateInvitation,
  GetInvitationsParams,
  GetMembershipsParams,
  UpdateMembership,
} from "../../utils/validators"
import {
  StoreGetMyOrganizationsParams,
  StoreUpdateMe,
  StoreUpdateOrganization,
} from "./validators"

const authenticateCustomer = authenticate("customer", ["session", "bearer"])

/** Every organization route: a logged-in customer, then the one organization guard. */
const forMember = (permission?: Permission) => [authenticateCustomer, requireOrganizationMember(permission)]

export const storeOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations",
    middlewares: [
      authenticateCustomer,
      validateAndTransformQuery(StoreGetMyOrganizationsParams, myOrganizationsQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id",
    middlewares: [...forMember(), retrieveOrganization],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id",
    middlewares: [
      ...forMember("organization.manage"),
      validateAndTransformBody(StoreUpdateOrganization),
      retrieveOrganization,
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/members",
    middlewares: [
      ...forMember("members.view"),
      validateAndTransformQuery(GetMembershipsParams, membershipQueryConfigs.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformBody(UpdateMembership),
      retrieveMembership,
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: forMember("members.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), retrieveMembership],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), validateAndTransformBody(StoreUpdateMe), retrieveMembership],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformQuery(GetInvitationsParams, invitationQueryConfigs.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformBody(CreateInvitation),
      retrieveInvitationQuery,
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/invitations/:invitation_id",
    middlewares: forMember("members.manage"),
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/invitations/:invitation_id/resend",
    middlewares: forMember("members.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/locations",
    middlewares: [...forMember(), validateAndTransformQuery(GetLocationsParams, locationQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(CreateLocation), retrieveLocationQuery],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember(), retrieveLocationQuery],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(UpdateLocation), retrieveLocationQuery],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: forMember("addresses.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/orders",
    middlewares: [...forMember(), validateAndTransformQuery(GetOrganizationOrdersParams, organizationOrderQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals",
    middlewares: [...forMember(), validateAndTransformQuery(GetApprovalsParams, approvalQueryConfigs.list)],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/approvals/:approval_id",
    middlewares: [...forMember(), retrieveApprovalQuery],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/approve",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/approvals/:approval_id/reject",
    middlewares: [...forMember("orders.approve"), validateAndTransformBody(DecideApproval), retrieveApprovalQuery],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/entitlements",
    middlewares: [...forMember(), validateAndTransformQuery(GetEntitlementsParams, entitlementQueryConfigs.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats",
    middlewares: [...forMember("entitlements.manage"), validateAndTransformBody(AssignSeat), retrieveEntitlementQuery],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats/:seat_id",
    middlewares: forMember("entitlements.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/library",
    middlewares: [...forMember("library.view"), validateAndTransformQuery(GetLibraryParams, libraryQueryConfig)],
  },
]
