import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { deleteAccessGroupStep } from "../steps/delete-access-group"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { validateAccessGroupStep } from "../steps/validate-access-group"

export type DeleteAccessGroupWorkflowInput = { id: string } & AdditionalData

export const deleteAccessGroupWorkflowId = "delete-access-group"

/** Hook `accessGroupDeleted` receives `{ id, additional_data }`. */
export const deleteAccessGroupWorkflow = createWorkflow(deleteAccessGroupWorkflowId, (input: DeleteAccessGroupWorkflowInput) => {
  validateAccessGroupStep(input.id)
  deleteAccessGroupStep(input.id)
  emitAccessGroupChanged(input.id, "emit-access-group-deleted")
  const accessGroupDeleted = createHook("accessGroupDeleted", { id: input.id, additional_data: input.additional_data })
  return new WorkflowResponse(input.id, { hooks: [accessGroupDeleted] })
})
