import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
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
