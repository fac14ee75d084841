import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { stripAdditionalData } from "../../common/utils/additional-data"
import { changeAccessGroupMembersStep, type AccessGroupMemberChange } from "../steps/change-access-group-members"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { validateAccessGroupStep } from "../steps/validate-access-group"

export type ChangeAccessGroupMembersWorkflowInput = AccessGroupMemberChange & AdditionalData

export const changeAccessGroupMembersWorkflowId = "change-access-group-members"

/**
 * `{ add, remove }` batches of sales channels, organizations or customers.
 * Hook `accessGroupMembersChanged` receives `{ access_group_id, change, additional_data }`.
 */
export const changeAccessGroupMembersWorkflow = createWorkflow(
  changeAccessGroupMembersWorkflowId,
  (input: ChangeAccessGroupMembersWorkflowInput) => {
    validateAccessGroupStep(input.access_group_id)
    const changes = transform({ input }, ({ input }): AccessGroupMemberChange[] => [stripAdditionalData(input)])
    changeAccessGroupMembersStep(changes)
    emitAccessGroupChanged(input.access_group_id, "emit-access-group-members-changed")
    const change = transform({ changes }, ({ changes }) => changes[0])
    const accessGroupMembersChanged = createHook("accessGroupMembersChanged", {
      access_group_id: input.access_group_id,
      change,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(input.access_group_id, { hooks: [accessGroupMembersChanged] })
  }
)
