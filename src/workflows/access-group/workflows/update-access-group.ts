import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import type { UpdateAccessGroupDTO } from "../../../modules/access-group/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { emitAccessGroupChanged } from "../steps/emit-access-group-changed"
import { updateAccessGroupStep } from "../steps/update-access-group"
import { validateAccessGroupStep } from "../steps/validate-access-group"

export type UpdateAccessGroupWorkflowInput = UpdateAccessGroupDTO & AdditionalData

export const updateAccessGroupWorkflowId = "update-access-group"

/** Hook `accessGroupUpdated` receives `{ access_group, additional_data }`. */
export const updateAccessGroupWorkflow = createWorkflow(updateAccessGroupWorkflowId, (input: UpdateAccessGroupWorkflowInput) => {
  validateAccessGroupStep(input.id)
  const group = updateAccessGroupStep(withoutAdditionalData(input))
  emitAccessGroupChanged(input.id, "emit-access-group-updated")
  const accessGroupUpdated = createHook("accessGroupUpdated", { access_group: group, additional_data: input.additional_data })
  return new WorkflowResponse(group, { hooks: [accessGroupUpdated] })
})
