import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateAccessGroupDTO } from "../../../modules/access-group/types"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { updateAccessGroupStep } from "../steps/update-access-group"
import { validateAccessGroupStep } from "../steps/validate-access-group"

export const updateAccessGroupWorkflow = createWorkflow("update-access-group", (input: UpdateAccessGroupDTO) => {
  validateAccessGroupStep(input.id)
  const group = updateAccessGroupStep(input)
  emitAccessGroupChanged(input.id, "emit-access-group-updated")
  return new WorkflowResponse(group)
})
