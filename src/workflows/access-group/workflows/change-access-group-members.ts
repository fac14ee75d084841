import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeAccessGroupMembersStep, type AccessGroupMemberChange } from "../steps/change-access-group-members"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { validateAccessGroupStep } from "../steps/validate-access-group"

/** `{ add, remove }` batches of sales channels, organizations or customers. */
export const changeAccessGroupMembersWorkflow = createWorkflow(
  "change-access-group-members",
  (input: AccessGroupMemberChange) => {
    validateAccessGroupStep(input.access_group_id)
    const changes = transform({ input }, ({ input }) => [input])
    changeAccessGroupMembersStep(changes)
    emitAccessGroupChanged(input.access_group_id, "emit-access-group-members-changed")
    return new WorkflowResponse(input.access_group_id)
  }
)
