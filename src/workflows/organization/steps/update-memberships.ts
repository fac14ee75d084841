import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertMemberChangeAllowed, memberActor } from "../../../lib/member-changes"
import type { Role, SpendingLimitSetter } from "../../../lib/permissions"
import type { UpdateMembershipDTO } from "../../../modules/organization/types"
import { organizationService } from "./organization-service"

/** Who makes a membership change: the merchant (admin API) or a member acting in the store. */
export type MembershipChangeActor = { type: "merchant" } | { type: "member"; membership_id: string }

export type UpdateMembershipsStepInput = {
  organization_id: string
  memberships: UpdateMembershipDTO[]
  actor: MembershipChangeActor
}

export const updateMembershipsStepId = "update-memberships"

/** A new spending limit records who set it; a cleared limit is nobody's. */
function withLimitSetter(change: UpdateMembershipDTO, actor: MembershipChangeActor): UpdateMembershipDTO {
  if (change.spending_limit === undefined) return change
  const setter: SpendingLimitSetter = actor.type === "merchant" ? "merchant" : "organization"
  return { ...change, spending_limit_set_by: change.spending_limit === null ? null : setter }
}

/**
 * A limit sent with the value it already has (e.g. a dashboard form saving every field) is
 * no change: it keeps its setter and needs no right to set limits. Dropping a field never
 * writes anything, so reading the value before the lock is safe.
 */
function withoutUnchangedLimit(
  change: UpdateMembershipDTO,
  current: { spending_limit?: unknown } | undefined
): UpdateMembershipDTO {
  if (change.spending_limit === undefined || !current) return change
  const before = current.spending_limit == null ? null : Number(current.spending_limit)
  if (before !== change.spending_limit) return change
  const { spending_limit: _unchanged, ...rest } = change
  return rest
}

type Service = ReturnType<typeof organizationService>

// The module types json columns loosely; grants and revokes are permission lists.
const permissionStateOf = (row: { id: string; role: string; grants: unknown; revokes: unknown }) => ({
  id: row.id,
  role: row.role as Role,
  grants: row.grants as string[],
  revokes: row.revokes as string[],
})

/**
 * The store rule (`memberChangeRefusal`) applied to the rows as they are under the
 * organization's lock, so parallel requests cannot combine into a change none of them
 * was allowed to make.
 */
async function authorizeMemberChanges(
  service: Service,
  organizationId: string,
  actorMembershipId: string,
  changes: UpdateMembershipDTO[],
  sharedContext: Context
) {
  const rows = await service.listOrganizationMemberships(
    { id: [actorMembershipId, ...changes.map((c) => c.id)], organization_id: organizationId },
    { select: ["id", "role", "grants", "revokes", "status", "spending_limit_set_by"] },
    sharedContext
  )
  const actorRow = rows.find((row) => row.id === actorMembershipId)
  if (actorRow?.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your membership of this organization is deactivated")
  }
  const needsLocations = actorRow.role !== "admin" && changes.some((c) => c.location_ids)
  const locationsOf = (id: string) =>
    needsLocations ? service.listMembershipLocationIds(id, sharedContext) : Promise.resolve(undefined)
  const actor = memberActor(permissionStateOf(actorRow), await locationsOf(actorRow.id))
  for (const change of changes) {
    const target = rows.find((row) => row.id === change.id)!
    assertMemberChangeAllowed(
      actor,
      {
        ...permissionStateOf(target),
        status: target.status,
        spending_limit_set_by: target.spending_limit_set_by,
        location_ids: await locationsOf(target.id),
      },
      change
    )
  }
}

/**
 * Updates under the organization's row lock: a store member's change only when the rule
 * allows it on the current rows (403 with a code), and keeping at least one active admin
 * (409 otherwise).
 */
export const updateMembershipsStep = createStep(
  updateMembershipsStepId,
  async ({ organization_id, memberships, actor }: UpdateMembershipsStepInput, { container }) => {
    const service = organizationService(container)
    const limitFields = memberships.some((m) => m.spending_limit !== undefined) ? ["spending_limit_set_by"] : []
    const fields = [...new Set([...memberships.flatMap((m) => Object.keys(m)), ...limitFields])].filter(
      (f) => f !== "location_ids"
    )
    const previous = await service.listOrganizationMemberships(
      { id: memberships.map((m) => m.id), organization_id },
      { select: fields as any }
    )
    const requested = memberships.map((change) =>
      withoutUnchangedLimit(change, previous.find((row) => row.id === change.id))
    )
    const changes = requested.map((change) => withLimitSetter(change, actor))
    const previousLocations = await Promise.all(
      changes
        .filter((m) => m.location_ids)
        .map(async (m) => ({ id: m.id, location_ids: await service.listMembershipLocationIds(m.id) }))
    )
    const updated = await service.updateMembershipsKeepingAdmin(organization_id, changes, {
      authorize:
        actor.type === "member"
          ? (sharedContext) =>
              authorizeMemberChanges(service, organization_id, actor.membership_id, requested, sharedContext)
          : undefined,
    })
    return new StepResponse(updated, { organization_id, previous, previousLocations })
  },
  async (compensation, { container }) => {
    if (!compensation?.previous.length) return
    const service = organizationService(container)
    await service.updateOrganizationMemberships(compensation.previous as any)
    for (const { id, location_ids } of compensation.previousLocations) {
      await service.replaceMembershipLocations(compensation.organization_id, id, location_ids)
    }
  }
)
