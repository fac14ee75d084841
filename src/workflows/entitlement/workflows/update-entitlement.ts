import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../../lib/events"
import { updateEntitlementStep, type UpdateEntitlementInput } from "../steps/update-entitlement"

export const updateEntitlementWorkflowId = "update-entitlement"

export const updateEntitlementWorkflow = createWorkflow(updateEntitlementWorkflowId, (input: UpdateEntitlementInput) => {
  const updated = updateEntitlementStep(input)
  emitEventStep({
    eventName: EntitlementEvents.UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
  })
  return new WorkflowResponse(updated)
})
