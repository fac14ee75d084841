import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { admittedOnChannels, NOT_ADMITTED_CODE, NOT_ADMITTED_MESSAGE } from "../../lib/access-groups"
import { assertMemberChangeAllowed, memberActor, type MemberChange } from "../../lib/member-changes"
import { effectivePermissions, type Permission } from "../../lib/permissions"
import { REFUSAL } from "../../lib/refusal-codes"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import type { ActingMembership } from "../../modules/organization/types"

export const ORGANIZATION_HEADER = "x-organization-id"

export type OrganizationContext = {
  organization_id: string
  membership: ActingMembership
  permissions: Permission[]
}

export type OrganizationRequest<Body = unknown, Query = Record<string, unknown>> =
  AuthenticatedMedusaRequest<Body, Query> & { organization_context: OrganizationContext }

/**
 * Resolves and verifies the organization a logged-in customer acts for: the route's `:id`,
 * else the x-organization-id header, else the customer's only membership; the membership
 * is loaded in one query. Answers
 *   404 when the customer is not a member (whether or not the organization exists),
 *   403 when the membership is deactivated, the organization suspended, or the storefront's
 *       sales channel shares no access group with organization and customer.
 * With `optional`, a customer who names no organization and has none gets null (a B2C buyer).
 */
export async function resolveOrganizationContext(
  req: AuthenticatedMedusaRequest,
  { optional = false } = {}
): Promise<OrganizationContext | null> {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const header = req.headers[ORGANIZATION_HEADER]
  const requested = req.params.id ?? (typeof header === "string" && header ? header : undefined)

  const service: OrganizationModuleService = req.scope.resolve(ORGANIZATION_MODULE)
  const memberships = await service.listActingMemberships(customerId, requested)
  if (!requested && memberships.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `You belong to several organizations: name one in the ${ORGANIZATION_HEADER} header`,
      REFUSAL.organization_ambiguous
    )
  }
  const membership = memberships[0]
  if (!membership) {
    if (optional && !requested) return null
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      requested ? `Organization with id: ${requested} was not found` : "You are not a member of any organization"
    )
  }
  if (issuedBefore(req.auth_context as { iat?: unknown }, membership.tokens_valid_from)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login session predates the account's activation: log in again")
  }
  if (membership.status === "pending") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your membership of this organization waits for confirmation: follow the link e-mailed to you",
      REFUSAL.membership_pending
    )
  }
  if (membership.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your membership of this organization is deactivated", REFUSAL.membership_deactivated)
  }
  if (membership.organization_status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This organization is suspended", REFUSAL.organization_suspended)
  }
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const admitted = await admittedOnChannels(req.scope, salesChannelIds, {
    customerId,
    organizationId: membership.organization_id,
  })
  if (!admitted) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, NOT_ADMITTED_MESSAGE, NOT_ADMITTED_CODE)
  }
  return { organization_id: membership.organization_id, membership, permissions: effectivePermissions(membership) }
}

/** Whether the login token (`iat`, in seconds) was issued before `validFrom`. */
function issuedBefore(authContext: { iat?: unknown } | undefined, validFrom: Date | string | null | undefined) {
  if (!validFrom) return false
  const issuedAt = Number(authContext?.iat)
  // No issue time (e.g. a session made without one): not provably fresh.
  if (!Number.isFinite(issuedAt)) return true
  return issuedAt < Math.floor(new Date(validFrom).getTime() / 1000)
}

/** 403 naming the first of `anyOf` when the member holds none of them. */
export function assertPermission(context: OrganizationContext, ...anyOf: Permission[]) {
  if (!anyOf.some((permission) => context.permissions.includes(permission))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Missing permission: ${anyOf[0]}`, REFUSAL.permission_required)
  }
}

/**
 * The one guard of every store route that acts for an organization (see
 * `resolveOrganizationContext`), plus 403 when `permission` is missing. Handlers read the
 * result from `req.organization_context`.
 */
export function requireOrganizationMember(permission?: Permission) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const context = (await resolveOrganizationContext(req))!
      if (permission) assertPermission(context, permission)
      ;(req as OrganizationRequest).organization_context = context
      next()
    } catch (error) {
      next(error)
    }
  }
}

/**
 * 403 (with a stable `code`) when an invitation goes beyond what the acting member holds:
 * the rule is `memberChangeRefusal` in lib/permissions.
 */
export function assertWithinActorRights(context: OrganizationContext, invitation: MemberChange) {
  assertMemberChangeAllowed(memberActor(context.membership), null, invitation)
}
