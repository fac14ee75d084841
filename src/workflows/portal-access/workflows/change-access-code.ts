import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PortalEvents } from "../../../lib/events"
import { changeAccessCodeStep, type ChangeAccessCodeInput } from "../steps/change-access-code"

export const changeAccessCodeWorkflowId = "change-portal-access-code"

/** Enables, disables or regenerates a code; disabling and regenerating revoke it (one event each). */
export const changeAccessCodeWorkflow = createWorkflow(changeAccessCodeWorkflowId, (input: ChangeAccessCodeInput) => {
  const changed = changeAccessCodeStep(input)
  emitEventStep(
    transform({ changed, input }, ({ changed, input }) => ({
      eventName: changed.revoked ? PortalEvents.ACCESS_CODE_REVOKED : PortalEvents.ACCESS_CODE_UPDATED,
      data: { id: input.id, organization_id: input.organization_id },
    }))
  )
  return new WorkflowResponse(transform({ changed }, ({ changed }) => ({ access_code: changed.access_code, code: changed.code })))
})
