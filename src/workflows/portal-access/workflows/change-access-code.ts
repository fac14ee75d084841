import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PortalEvents } from "../../../lib/events"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { changeAccessCodeStep, type ChangeAccessCodeInput } from "../steps/change-access-code"

export type ChangeAccessCodeWorkflowInput = ChangeAccessCodeInput & AdditionalData

export const changeAccessCodeWorkflowId = "change-portal-access-code"

/**
 * Enables, disables or regenerates a code; disabling and regenerating revoke it (one event each).
 * Hook `accessCodeChanged` receives `{ access_code, revoked, additional_data }` (never the code itself).
 */
export const changeAccessCodeWorkflow = createWorkflow(changeAccessCodeWorkflowId, (input: ChangeAccessCodeWorkflowInput) => {
  const changed = changeAccessCodeStep(withoutAdditionalData(input))
  emitEventStep(
    transform({ changed, input }, ({ changed, input }) => ({
      eventName: changed.revoked ? PortalEvents.ACCESS_CODE_REVOKED : PortalEvents.ACCESS_CODE_UPDATED,
      data: { id: input.id, organization_id: input.organization_id },
    }))
  )
  const accessCodeChanged = createHook("accessCodeChanged", {
    access_code: changed.access_code,
    revoked: changed.revoked,
    additional_data: input.additional_data,
  })
  return new WorkflowResponse(
    transform({ changed }, ({ changed }) => ({ access_code: changed.access_code, code: changed.code })),
    { hooks: [accessCodeChanged] }
  )
})
