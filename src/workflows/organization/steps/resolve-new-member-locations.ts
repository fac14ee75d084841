import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { memberChangeRefusal, type ChangeActor, type MemberChange } from "../../../lib/member-changes"
import { organizationService } from "../../common/module-services"

/** Who hands out locations with an invitation or a new membership (validate-actor-rights' answer). */
export type LocationsActor = ChangeActor

export type ResolveNewMemberLocationsInput = {
  organization_id: string
  /** Omitted: the organization's only location, when it has exactly one (see below). */
  location_ids?: string[]
  /** The newcomer's role and permissions, for the rule on who may hand out which locations. */
  change: Pick<MemberChange, "role" | "grants" | "revokes">
  actor: LocationsActor
}

/**
 * The locations a newcomer gets (invitation or added member). Given ids were checked by
 * validate-actor-rights (they exist; the actor may hand them out). Without ids, an
 * organization with exactly one location gives it: with locations, a member who may not
 * manage addresses ships only to assigned ones, so a newcomer without any could not check out
 * at all. An explicit `[]` gives none; the default is skipped when the actor could not hand
 * that location out.
 */
export const resolveNewMemberLocationsStepId = "resolve-new-member-locations"
export const resolveNewMemberLocationsStep = createStep(
  resolveNewMemberLocationsStepId,
  async ({ organization_id, location_ids, change, actor }: ResolveNewMemberLocationsInput, { container }) => {
    if (location_ids !== undefined) return new StepResponse([...new Set(location_ids)])
    const service = organizationService(container)
    const locations = await service.listOrganizationLocations({ organization_id }, { select: ["id"], take: 2 })
    if (locations.length !== 1) return new StepResponse([] as string[])
    const only = [locations[0].id]
    const restricted = actor.type === "member" && actor.role !== "admin" && !actor.location_ids
    const handing: LocationsActor =
      restricted && actor.type === "member"
        ? { ...actor, location_ids: await service.listMembershipLocationIds(actor.membership_id) }
        : actor
    const refusal = memberChangeRefusal(handing, null, { ...change, location_ids: only })
    return new StepResponse(refusal ? [] : only)
  }
)
