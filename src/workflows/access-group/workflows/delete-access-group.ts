import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteAccessGroupStep } from "../steps/delete-access-group"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { validateAccessGroupStep } from "../steps/validate-access-group"

export const deleteAccessGroupWorkflow = createWorkflow("delete-access-group", (input: { id: string }) => {
  validateAccessGroupStep(input.id)
  deleteAccessGroupStep(input.id)
  emitAccessGroupChanged(input.id, "emit-access-group-deleted")
  return new WorkflowResponse(input.id)
})
