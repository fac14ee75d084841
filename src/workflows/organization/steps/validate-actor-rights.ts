import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertMemberChangeAllowed,
  memberActor,
  withoutUnchangedLimit,
  type ChangeActor,
  type ChangeTarget,
  type MemberChange,
} from "../../../lib/member-changes"
import { effectivePermissions, missingPermissionMessage, type Role, type SpendingLimitSetter } from "../../../lib/permissions"
import { REFUSAL } from "../../../lib/refusal-codes"
import { organizationService } from "../../common/module-services"
import type { OrganizationActor } from "../../common/actor"

/**
 * Who asks for a change to an organization's members: the merchant (admin API, or the
 * merchant's own code), or a member acting in the store, named by its membership or by its
 * customer. Nothing else: what the member may do is read from the database.
 */
export type { OrganizationActor }

export type ValidateActorRightsInput = {
  organization_id: string
  actor: OrganizationActor
  /** The membership changed or removed; omitted for a newcomer (invitation, added member). */
  target_id?: string | null
  /** What is changed or handed out; `{}` for a removal. */
  change?: MemberChange & { notification_preferences?: unknown }
  /** An existing invitation being resent or revoked: the change is what it hands out. */
  invitation_id?: string | null
}

type Service = ReturnType<typeof organizationService>
type RequestedChange = NonNullable<ValidateActorRightsInput["change"]>

const notFound = (label: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)

const permissionStateOf = (row: { role: string; grants?: unknown; revokes?: unknown }) => ({
  role: row.role as Role,
  grants: (row.grants ?? []) as string[],
  revokes: (row.revokes ?? []) as string[],
})

/** The acting member as it is now: active, of an active organization (the guard's refusals). */
async function actingMember(service: Service, organizationId: string, actor: OrganizationActor, sharedContext?: Context) {
  if (actor.type !== "member") throw new Error("actingMember: not a member")
  const [row] = await service.listOrganizationMemberships(
    {
      organization_id: organizationId,
      ...(actor.membership_id ? { id: actor.membership_id } : { customer_id: actor.customer_id }),
    },
    { select: ["id", "role", "grants", "revokes", "status"] },
    sharedContext
  )
  if (!row) throw notFound("Organization", organizationId)
  if (row.status === "pending") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your membership of this organization waits for confirmation: follow the link e-mailed to you",
      REFUSAL.membership_pending
    )
  }
  if (row.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your membership of this organization is deactivated: ask an administrator of your organization to reactivate it", REFUSAL.membership_deactivated)
  }
  const [organization] = await service.listOrganizations({ id: organizationId }, { select: ["id", "status"] }, sharedContext)
  if (organization?.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your organization's account is suspended: please contact the shop", REFUSAL.organization_suspended)
  }
  return { id: row.id, ...permissionStateOf(row) }
}

/** What an existing invitation hands out, as a change (404 for another organization's). */
async function invitationChange(service: Service, organizationId: string, invitationId: string, sharedContext?: Context) {
  const [invitation] = await service.listOrganizationInvitations(
    { id: invitationId, organization_id: organizationId },
    { select: ["id", "role", "grants", "revokes", "location_ids"] },
    sharedContext
  )
  if (!invitation) throw notFound("Invitation", invitationId)
  return { ...permissionStateOf(invitation), location_ids: (invitation.location_ids ?? []) as string[] }
}

/** 404 for the first id that is not a live location of the organization. */
async function assertLocationsOf(service: Service, organizationId: string, ids: readonly string[], sharedContext?: Context) {
  if (!ids.length) return
  const found = await service.listOrganizationLocations(
    { id: [...new Set(ids)], organization_id: organizationId },
    { select: ["id"] },
    sharedContext
  )
  const missing = ids.find((id) => !found.some((location) => location.id === id))
  if (missing) throw notFound("Location", missing)
}

/**
 * The escalation rule (`memberChangeRefusal` in lib/member-changes) applied to the rows as
 * they are: who the member actor is, that it may manage members at all (`members.manage`,
 * except for its own e-mail preferences), and that the change stays within its own role,
 * permissions and locations. The merchant may do anything. Answers the actor with what the
 * later steps need (its permission state, and its locations when they were read).
 * Everything is read with `sharedContext`, so that under the lock it uses the lock's
 * connection (a second connection per request would exhaust the pool under load).
 * Called by the step below, and again by update-memberships under the organization's row
 * lock, so that parallel changes cannot combine into one nobody was allowed to make.
 */
export async function checkActorRights(
  service: Service,
  input: ValidateActorRightsInput,
  sharedContext?: Context
): Promise<ChangeActor> {
  const { organization_id, actor, target_id, invitation_id } = input
  // A newcomer's locations must exist before anyone asks whether they may be handed out.
  const newcomerLocations = !target_id && !invitation_id ? input.change?.location_ids ?? [] : []
  if (actor.type === "merchant") {
    await assertLocationsOf(service, organization_id, newcomerLocations, sharedContext)
    return { type: "merchant" }
  }
  const member = await actingMember(service, organization_id, actor, sharedContext)
  const requested: RequestedChange = invitation_id
    ? await invitationChange(service, organization_id, invitation_id, sharedContext)
    : input.change ?? {}

  const keys = Object.keys(requested).filter((key) => key !== "id")
  const ownPreferencesOnly = target_id === member.id && keys.length > 0 && keys.every((key) => key === "notification_preferences")
  if (!ownPreferencesOnly && !effectivePermissions(member).includes("members.manage")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, missingPermissionMessage("members.manage"), REFUSAL.permission_required)
  }

  let target: (ChangeTarget & { spending_limit?: unknown }) | null = null
  if (target_id) {
    const [row] = await service.listOrganizationMemberships(
      { id: target_id, organization_id },
      { select: ["id", "role", "grants", "revokes", "status", "spending_limit", "spending_limit_set_by"] },
      sharedContext
    )
    if (!row) throw notFound("Membership", target_id)
    target = {
      id: row.id,
      ...permissionStateOf(row),
      status: row.status,
      spending_limit: row.spending_limit,
      spending_limit_set_by: row.spending_limit_set_by as SpendingLimitSetter | null,
    }
  }
  await assertLocationsOf(service, organization_id, newcomerLocations, sharedContext)

  const change: RequestedChange = withoutUnchangedLimit(requested, target)
  // Locations matter only when handed out, and never for an organization admin.
  const readLocations = member.role !== "admin" && change.location_ids !== undefined
  const locations = readLocations ? await service.listMembershipLocationIds(member.id, sharedContext) : undefined
  if (target && readLocations) {
    target.location_ids = await service.listMembershipLocationIds(target.id, sharedContext)
  }
  const resolved = memberActor(member, locations)
  assertMemberChangeAllowed(resolved, target, change)
  return resolved
}

export const validateActorRightsStepId = "validate-actor-rights"

/** 403 (with the refusal's code) unless the actor may make the change; see checkActorRights. */
export const validateActorRightsStep = createStep(
  validateActorRightsStepId,
  async (input: ValidateActorRightsInput, { container }) => {
    const actor = await checkActorRights(organizationService(container), input)
    return new StepResponse(actor)
  }
)
