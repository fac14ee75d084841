import { transform } from "@medusajs/framework/workflows-sdk"
import type { MemberChange } from "../../../lib/member-changes"
import { resolveNewMemberLocationsStep } from "../steps/resolve-new-member-locations"
import { validateActorRightsStep, type OrganizationActor } from "../steps/validate-actor-rights"

export type NewcomerInput = Pick<MemberChange, "role" | "grants" | "revokes" | "spending_limit"> & {
  organization_id: string
  location_ids?: string[]
  /** Omitted: the merchant. */
  actor?: OrganizationActor
}

/**
 * The part the add-member and invitation workflows share, before anything is written: what
 * the newcomer gets is checked against the actor's own rights (validate-actor-rights), then
 * its delivery locations are settled (resolve-new-member-locations). Answers the resolved
 * actor and the location ids.
 */
// Called inside a workflow's composition: `input` is the workflow's own input.
export function newcomerRights(input: NewcomerInput) {
  const rights = transform({ input }, ({ input }) => ({
    organization_id: input.organization_id,
    actor: input.actor ?? { type: "merchant" as const },
    change: {
      role: input.role,
      grants: input.grants,
      revokes: input.revokes,
      spending_limit: input.spending_limit,
      location_ids: input.location_ids,
    },
  }))
  const actor = validateActorRightsStep(rights)
  const locationInput = transform({ input, actor }, ({ input, actor }) => ({
    organization_id: input.organization_id,
    location_ids: input.location_ids,
    change: { role: input.role, grants: input.grants, revokes: input.revokes },
    actor,
  }))
  const locationIds = resolveNewMemberLocationsStep(locationInput)
  return { actor, locationIds }
}
