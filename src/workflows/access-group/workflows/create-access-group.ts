import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import type { CreateAccessGroupDTO } from "../../../modules/access-group/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { createAccessGroupStep } from "../steps/create-access-group"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"

export type CreateAccessGroupWorkflowInput = CreateAccessGroupDTO & AdditionalData

export const createAccessGroupWorkflowId = "create-access-group"

/** Hook `accessGroupCreated` receives `{ access_group, additional_data }`. */
export const createAccessGroupWorkflow = createWorkflow(createAccessGroupWorkflowId, (input: CreateAccessGroupWorkflowInput) => {
  const group = createAccessGroupStep(withoutAdditionalData(input))
  emitAccessGroupChanged(transform({ group }, ({ group }) => group.id), "emit-access-group-created")
  const accessGroupCreated = createHook("accessGroupCreated", { access_group: group, additional_data: input.additional_data })
  return new WorkflowResponse(group, { hooks: [accessGroupCreated] })
})
