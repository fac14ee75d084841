import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notAdmittedRefusal } from "../../lib/access-groups"
import type { Permission } from "../../lib/permissions"
import {
  actingMemberOf,
  assertMembershipMayAct,
  assertPermission,
  ORGANIZATION_HEADER,
  type ActingMember,
} from "../../lib/acting-member"
import { ACCESS_GROUP_MODULE } from "../../modules/access-group"
import type AccessGroupModuleService from "../../modules/access-group/service"
import { findActingMembership } from "../../workflows/common/acting-member"
import { verifiedCustomerId } from "./verified-customer"

export { ORGANIZATION_HEADER }

export type OrganizationContext = ActingMember

export type OrganizationRequest<Body = unknown, Query = Record<string, unknown>> =
  AuthenticatedMedusaRequest<Body, Query> & { organization_context: OrganizationContext }

/**
 * Resolves and verifies the organization a logged-in customer acts for: `organizationId`
 * when the route knows it otherwise (a cart's), else the route's `:id`, else the
 * x-organization-id header, else the customer's only membership (workflows/common/acting-member and lib/acting-member,
 * the rules shared with the cart hooks and the workflow steps). Answers
 *   404 when the customer is not a member (whether or not the organization exists),
 *   403 when the membership is deactivated, the organization suspended, or the storefront's
 *       sales channel shares no access group with organization and customer.
 * With `optional`, a customer who names no organization and has none gets null (a B2C buyer).
 */
export async function resolveOrganizationContext(
  req: AuthenticatedMedusaRequest,
  { optional = false, organizationId }: { optional?: boolean; organizationId?: string } = {}
): Promise<OrganizationContext | null> {
  if (!req.auth_context?.actor_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const header = req.headers[ORGANIZATION_HEADER]
  const requested = organizationId ?? req.params.id ?? (typeof header === "string" && header ? header : undefined)

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const accessGroups = req.scope.resolve<AccessGroupModuleService>(ACCESS_GROUP_MODULE)
  const admission = (organizationId: string) =>
    accessGroups.isAdmitted(salesChannelIds, { customerId: req.auth_context.actor_id, organizationId })
  // A login whose identity is not the record's e-mail acts for no organization (lib/login-proof).
  // With the organization named, its admission is read beside the rest (one round trip less).
  const [customerId, membership, namedAdmission] = await Promise.all([
    verifiedCustomerId(req),
    findActingMembership(req.scope, req.auth_context.actor_id, requested),
    requested ? admission(requested) : null,
  ])
  if (!membership || !customerId) {
    if (optional && !requested) return null
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      requested ? `Organization with id: ${requested} was not found` : "You are not a member of any organization"
    )
  }
  assertMembershipMayAct(membership)
  const admitted = namedAdmission ?? (await admission(membership.organization_id))
  if (!admitted) {
    throw notAdmittedRefusal({ guest: false })
  }
  return actingMemberOf(membership)
}

export { assertPermission }

/**
 * The one guard of every store route that acts for an organization (see
 * `resolveOrganizationContext`), plus 403 when `permission` (or all of a list) is missing.
 * `organizationOf` names the organization where the route's `:id` is not it (a cart's).
 * Handlers read the result from `req.organization_context`.
 */
export function requireOrganizationMember(
  permission?: Permission | Permission[],
  { organizationOf }: { organizationOf?: (req: AuthenticatedMedusaRequest) => Promise<string> } = {}
) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const organizationId = organizationOf ? await organizationOf(req) : undefined
      const context = (await resolveOrganizationContext(req, { organizationId }))!
      if (permission) assertPermission(context, ...[permission].flat())
      ;(req as OrganizationRequest).organization_context = context
      next()
    } catch (error) {
      next(error)
    }
  }
}
