import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAccessGroupDTO } from "../../../modules/access-group/types"
import { createAccessGroupStep } from "../steps/create-access-group"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"

export const createAccessGroupWorkflow = createWorkflow("create-access-group", (input: CreateAccessGroupDTO) => {
  const group = createAccessGroupStep(input)
  emitAccessGroupChanged(transform({ group }, ({ group }) => group.id), "emit-access-group-created")
  return new WorkflowResponse(group)
})
