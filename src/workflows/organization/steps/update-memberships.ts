import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pendingStatusRefusal, withoutUnchangedLimit } from "../../../lib/member-changes"
import { refusal } from "../../../lib/refusal"
import type { SpendingLimitSetter } from "../../../lib/permissions"
import type { MembershipDTO, UpdateMembershipDTO } from "../../../modules/organization/types"
import { organizationService } from "../../common/module-services"
import { checkActorRights } from "./validate-actor-rights"

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
 * Updates under the organization's row lock: a store member's change only when the
 * escalation rule (checkActorRights) allows it on the rows as they are under the lock (403
 * with a code), and keeping at least one active admin (409 otherwise, in the service). No
 * actor sets a pending membership's status (409 `membership_pending_activation`).
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
      { select: fields as (keyof MembershipDTO)[] }
    )
    // Also for the merchant: a pending membership leaves `pending` only by its contact's link.
    // Read outside the lock is enough: nothing but that link moves a membership out of pending.
    for (const change of memberships) {
      const row = previous.find((r) => r.id === change.id)
      const refused = row && pendingStatusRefusal(actor, row, change, organization_id)
      if (refused) throw refusal(refused.code, refused.message)
    }
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
          ? async (sharedContext) => {
              for (const change of memberships) {
                await checkActorRights(
                  service,
                  { organization_id, actor, target_id: change.id, change },
                  sharedContext
                )
              }
            }
          : undefined,
    })
    return new StepResponse(updated, { organization_id, previous, previousLocations })
  },
  async (compensation, { container }) => {
    if (!compensation?.previous.length) return
    const service = organizationService(container)
    await service.updateOrganizationMemberships(compensation.previous)
    for (const { id, location_ids } of compensation.previousLocations) {
      await service.replaceMembershipLocations(compensation.organization_id, id, location_ids)
    }
  }
)
