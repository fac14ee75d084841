import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { updateEntitlementStep, type UpdateEntitlementInput } from "../steps/update-entitlement"

export type UpdateEntitlementWorkflowInput = UpdateEntitlementInput & AdditionalData

export const updateEntitlementWorkflowId = "update-entitlement"

/** Hook `entitlementUpdated` receives `{ entitlement, additional_data }`. */
export const updateEntitlementWorkflow = createWorkflow(updateEntitlementWorkflowId, (input: UpdateEntitlementWorkflowInput) => {
  const updated = updateEntitlementStep(withoutAdditionalData(input))
  emitEventStep({
    eventName: EntitlementEvents.UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
  })
  const entitlementUpdated = createHook("entitlementUpdated", { entitlement: updated, additional_data: input.additional_data })
  return new WorkflowResponse(updated, { hooks: [entitlementUpdated] })
})
