import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import type { CreateAccessGroupDTO, UpdateAccessGroupDTO } from "../../../modules/access-group/types"
import { accessGroupService } from "./access-group-service"

/** A friendly 409 for a taken name; the unique index is the real guarantee. */
async function assertNameFree(container: Parameters<typeof accessGroupService>[0], name: string, id?: string) {
  const [taken] = await accessGroupService(container).listOrganizationAccessGroups({ name }, { select: ["id"] })
  if (taken && taken.id !== id) {
    throw new ConflictError(`An access group named "${name}" already exists`)
  }
}

export const createAccessGroupStep = createStep(
  "create-access-group",
  async (data: CreateAccessGroupDTO, { container }) => {
    await assertNameFree(container, data.name)
    const group = await accessGroupService(container).createOrganizationAccessGroups(data)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accessGroupService(container).deleteOrganizationAccessGroups(id)
  }
)

export const validateAccessGroupStep = createStep(
  "validate-access-group",
  async (id: string, { container }) => {
    const [group] = await accessGroupService(container).listOrganizationAccessGroups({ id }, { select: ["id"] })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Access group with id: ${id} was not found`)
    }
    return new StepResponse(group)
  }
)

export const updateAccessGroupStep = createStep(
  "update-access-group",
  async (data: UpdateAccessGroupDTO, { container }) => {
    const service = accessGroupService(container)
    if (data.name) await assertNameFree(container, data.name, data.id)
    const [previous] = await service.listOrganizationAccessGroups(
      { id: data.id },
      { select: ["id", ...Object.keys(data)] }
    )
    const group = await service.updateOrganizationAccessGroups(data)
    return new StepResponse(group, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await accessGroupService(container).updateOrganizationAccessGroups(previous)
  }
)

export const deleteAccessGroupStep = createStep(
  "delete-access-group",
  async (id: string, { container }) => {
    await accessGroupService(container).softDeleteOrganizationAccessGroups(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accessGroupService(container).restoreOrganizationAccessGroups(id)
  }
)
