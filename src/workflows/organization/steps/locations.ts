import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import {
  assertMemberChangeAllowed,
  memberChangeRefusal,
  type ChangeActor,
  type MemberChange,
} from "../../../lib/member-changes"
import type { CreateLocationDTO, UpdateLocationDTO } from "../../../modules/organization/types"
import { organizationService } from "./organization-service"

type Container = Parameters<typeof organizationService>[0]

/** 404 unless the location is a live one of the organization (another's id looks unknown). */
async function assertLocationOf(container: Container, organizationId: string, id: string) {
  const [location] = await organizationService(container).listOrganizationLocations(
    { id, organization_id: organizationId },
    { select: ["id"] }
  )
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${id} was not found`)
  }
}

/** A friendly 409 for a label in use; the unique index is the real guarantee. */
async function assertLabelFree(container: Container, organizationId: string, label: string, id?: string) {
  const [taken] = await organizationService(container).listOrganizationLocations(
    { organization_id: organizationId, label },
    { select: ["id"] }
  )
  if (taken && taken.id !== id) {
    throw new ConflictError(`The organization already has a location labelled "${label}"`)
  }
}

export const createLocationStep = createStep(
  "create-organization-location",
  async (data: CreateLocationDTO, { container }) => {
    await assertLabelFree(container, data.organization_id, data.label)
    const location = await organizationService(container).createOrganizationLocations(data as any)
    return new StepResponse(location, location.id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).deleteOrganizationLocations(id)
  }
)

export const updateLocationStep = createStep(
  "update-organization-location",
  async ({ organization_id, ...data }: UpdateLocationDTO & { organization_id: string }, { container }) => {
    const service = organizationService(container)
    await assertLocationOf(container, organization_id, data.id)
    if (data.label) await assertLabelFree(container, organization_id, data.label, data.id)
    const [previous] = await service.listOrganizationLocations({ id: data.id }, { select: Object.keys(data) as any })
    const location = await service.updateOrganizationLocations(data as any)
    return new StepResponse(location, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await organizationService(container).updateOrganizationLocations(previous as any)
  }
)

/** Soft delete: placed orders keep pointing at the location they went to. */
export const deleteLocationStep = createStep(
  "delete-organization-location",
  async ({ organization_id, id }: { organization_id: string; id: string }, { container }) => {
    await assertLocationOf(container, organization_id, id)
    await organizationService(container).softDeleteOrganizationLocations(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).restoreOrganizationLocations(id)
  }
)

/** Who hands out locations with an invitation or a new membership. */
export type LocationsActor = ChangeActor

export type ResolveNewMemberLocationsInput = {
  organization_id: string
  /** Omitted: the organization's only location, when it has exactly one (see below). */
  location_ids?: string[]
  /** The invitation's role and permissions, for the rule on who may hand out which locations. */
  change: Pick<MemberChange, "role" | "grants" | "revokes">
  actor: LocationsActor
}

/**
 * The locations a newcomer gets (invitation or merchant add): the given ids, each a live
 * location of the organization (404 otherwise, as for member updates) and, for a store
 * member who is not an organization admin, only locations assigned to that member (the
 * member-update rule, 403 `escalation_forbidden`). Without ids, an organization with exactly
 * one location gives it: with locations, a member who may not manage addresses ships only to
 * assigned ones, so a newcomer without any could not check out at all. An explicit `[]`
 * gives none; the default is skipped when the actor could not hand that location out.
 */
export const resolveNewMemberLocationsStep = createStep(
  "resolve-new-member-locations",
  async ({ organization_id, location_ids, change, actor }: ResolveNewMemberLocationsInput, { container }) => {
    const service = organizationService(container)
    const restricted = actor.type === "member" && actor.role !== "admin"
    const withActorLocations = async (): Promise<ChangeActor> =>
      restricted && actor.type === "member"
        ? { ...actor, location_ids: await service.listMembershipLocationIds(actor.membership_id) }
        : actor
    if (location_ids === undefined) {
      const locations = await service.listOrganizationLocations({ organization_id }, { select: ["id"], take: 2 })
      if (locations.length !== 1) return new StepResponse([] as string[])
      const only = [locations[0].id]
      const refusal = memberChangeRefusal(await withActorLocations(), null, { ...change, location_ids: only })
      return new StepResponse(refusal ? [] : only)
    }
    const ids = [...new Set(location_ids)]
    if (ids.length) {
      const found = await service.listOrganizationLocations({ id: ids, organization_id }, { select: ["id"] })
      const missing = ids.find((id) => !found.some((location) => location.id === id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Location with id: ${missing} was not found`)
      }
    }
    assertMemberChangeAllowed(await withActorLocations(), null, { ...change, location_ids: ids })
    return new StepResponse(ids)
  }
)

export type AssignMembershipLocationsInput = {
  organization_id: string
  membership_id: string
  location_ids: string[]
}

/**
 * Gives a new membership its locations. Locations deleted since the invitation was sent are
 * dropped rather than failing the acceptance.
 */
export const assignMembershipLocationsStep = createStep(
  "assign-membership-locations",
  async ({ organization_id, membership_id, location_ids }: AssignMembershipLocationsInput, { container }) => {
    const service = organizationService(container)
    if (!location_ids?.length) return new StepResponse([] as string[], null as { organization_id: string; membership_id: string } | null)
    const live = await service.listOrganizationLocations(
      { id: [...new Set(location_ids)], organization_id },
      { select: ["id"] }
    )
    const ids = live.map((location) => location.id)
    await service.replaceMembershipLocations(organization_id, membership_id, ids)
    return new StepResponse(ids, { organization_id, membership_id } as { organization_id: string; membership_id: string } | null)
  },
  async (assigned, { container }) => {
    if (!assigned) return
    await organizationService(container).replaceMembershipLocations(assigned.organization_id, assigned.membership_id, [])
  }
)
