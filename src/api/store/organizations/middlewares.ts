import {
  authenticate,
  validateAndTransformBody,
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
  retrieveLocationQuery,
  membershipQueryConfigs,
  myOrganizationsQueryConfig,
  retrieveInvitationQuery,
  retrieveMembershipQuery as retrieveMembership,
  retrieveOrganizationQuery as retrieveOrganization,
} from "../../utils/query-configs"
import { validateQuery } from "../../utils/validate-query"
import { storeOrganizationApprovalRoutesMiddlewares } from "./[id]/approvals/middlewares"
import { storeOrganizationOrderRoutesMiddlewares } from "./[id]/orders/middlewares"
import {
  CreateLocation,
  GetLocationsParams,
  GetEntitlementsParams,
  GetLibraryParams,
  AssignSeat,
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
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/members",
    middlewares: [
      ...forMember("members.view"),
      validateQuery(GetMembershipsParams, membershipQueryConfigs.store.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformBody(UpdateMembership),
      retrieveMembership.store,
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
    middlewares: [...forMember(), retrieveMembership.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), validateAndTransformBody(StoreUpdateMe), retrieveMembership.store],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [
      ...forMember("members.manage"),
      validateQuery(GetInvitationsParams, invitationQueryConfigs.store.list),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/invitations",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformBody(CreateInvitation),
      retrieveInvitationQuery.store,
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
    middlewares: [...forMember(), validateQuery(GetLocationsParams, locationQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(CreateLocation), retrieveLocationQuery.store],
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember(), retrieveLocationQuery.store],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: [...forMember("addresses.manage"), validateAndTransformBody(UpdateLocation), retrieveLocationQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/locations/:location_id",
    middlewares: forMember("addresses.manage"),
  },
  ...storeOrganizationOrderRoutesMiddlewares,
  ...storeOrganizationApprovalRoutesMiddlewares,
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/entitlements",
    middlewares: [...forMember(), validateQuery(GetEntitlementsParams, entitlementQueryConfigs.store.list)],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats",
    middlewares: [...forMember("entitlements.manage"), validateAndTransformBody(AssignSeat), retrieveEntitlementQuery.store],
  },
  {
    method: ["DELETE"],
    matcher: "/store/organizations/:id/entitlements/:entitlement_id/seats/:seat_id",
    middlewares: forMember("entitlements.manage"),
  },
  {
    method: ["GET"],
    matcher: "/store/organizations/:id/library",
    middlewares: [...forMember("library.view"), validateQuery(GetLibraryParams, libraryQueryConfig)],
  },
]
