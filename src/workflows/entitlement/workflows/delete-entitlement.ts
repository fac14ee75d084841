import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../../lib/events"
import { deleteEntitlementStep } from "../steps/delete-entitlement"

export const deleteEntitlementWorkflowId = "delete-entitlement"

export const deleteEntitlementWorkflow = createWorkflow(
  deleteEntitlementWorkflowId,
  (input: { organization_id: string; id: string }) => {
    deleteEntitlementStep(input)
    emitEventStep({
      eventName: EntitlementEvents.DELETED,
      data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
    })
    return new WorkflowResponse(input.id)
  }
)
