import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AccessGroupEvents } from "../../lib/events"
import type { CreateAccessGroupDTO, UpdateAccessGroupDTO } from "../../modules/access-group/types"
import {
  createAccessGroupStep,
  deleteAccessGroupStep,
  updateAccessGroupStep,
  validateAccessGroupStep,
} from "./steps/access-groups"
import { changeAccessGroupMembersStep, type AccessGroupMemberChange } from "./steps/change-access-group-members"

export * from "./steps/access-groups"
export * from "./steps/change-access-group-members"

const emitChanged = (id: unknown, name: string) =>
  emitEventStep({ eventName: AccessGroupEvents.CHANGED, data: transform({ id }, ({ id }) => ({ id })) }).config({
    name,
  })

export const createAccessGroupWorkflow = createWorkflow(
  "create-access-group",
  (input: CreateAccessGroupDTO) => {
    const group = createAccessGroupStep(input)
    emitChanged(transform({ group }, ({ group }) => group.id), "emit-access-group-created")
    return new WorkflowResponse(group)
  }
)

export const updateAccessGroupWorkflow = createWorkflow(
  "update-access-group",
  (input: UpdateAccessGroupDTO) => {
    validateAccessGroupStep(input.id)
    const group = updateAccessGroupStep(input)
    emitChanged(input.id, "emit-access-group-updated")
    return new WorkflowResponse(group)
  }
)

export const deleteAccessGroupWorkflow = createWorkflow("delete-access-group", (input: { id: string }) => {
  validateAccessGroupStep(input.id)
  deleteAccessGroupStep(input.id)
  emitChanged(input.id, "emit-access-group-deleted")
  return new WorkflowResponse(input.id)
})

/** `{ add, remove }` batches of sales channels, organizations or customers. */
export const changeAccessGroupMembersWorkflow = createWorkflow(
  "change-access-group-members",
  (input: AccessGroupMemberChange) => {
    validateAccessGroupStep(input.access_group_id)
    const changes = transform({ input }, ({ input }) => [input])
    changeAccessGroupMembersStep(changes)
    emitChanged(input.access_group_id, "emit-access-group-members-changed")
    return new WorkflowResponse(input.access_group_id)
  }
)
