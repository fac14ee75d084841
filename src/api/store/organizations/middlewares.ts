import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import type { Permission } from "../../../lib/permissions"
import { requireOrganizationMember } from "../../utils/organization-guard"
import {
  listMembershipsQueryConfig,
  listMyOrganizationsQueryConfig,
  retrieveMembershipQueryConfig,
  retrieveOrganizationQueryConfig,
} from "../../utils/query-configs"
import { GetMembershipsParams, UpdateMembership } from "../../utils/validators"
import {
  StoreGetMyOrganizationsParams,
  StoreUpdateMe,
  StoreUpdateOrganization,
} from "./validators"

const authenticateCustomer = authenticate("customer", ["session", "bearer"])

/** Every organization route: a logged-in customer, then the one organization guard. */
const forMember = (permission?: Permission) => [authenticateCustomer, requireOrganizationMember(permission)]

const retrieveOrganization = validateAndTransformQuery(
  createSelectParams(),
  retrieveOrganizationQueryConfig
)
const retrieveOrganizationMembership = validateAndTransformQuery(
  createSelectParams(),
  retrieveMembershipQueryConfig
)

export const storeOrganizationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/organizations",
    middlewares: [
      authenticateCustomer,
      validateAndTransformQuery(StoreGetMyOrganizationsParams, listMyOrganizationsQueryConfig),
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
      validateAndTransformQuery(GetMembershipsParams, listMembershipsQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/members/:membership_id",
    middlewares: [
      ...forMember("members.manage"),
      validateAndTransformBody(UpdateMembership),
      retrieveOrganizationMembership,
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
    middlewares: [...forMember(), retrieveOrganizationMembership],
  },
  {
    method: ["POST"],
    matcher: "/store/organizations/:id/me",
    middlewares: [...forMember(), validateAndTransformBody(StoreUpdateMe), retrieveOrganizationMembership],
  },
]
