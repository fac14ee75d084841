import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { deleteEntitlementStep } from "../steps/delete-entitlement"

export type DeleteEntitlementWorkflowInput = { organization_id: string; id: string } & AdditionalData

export const deleteEntitlementWorkflowId = "delete-entitlement"

/** Hook `entitlementDeleted` receives `{ id, organization_id, additional_data }`. */
export const deleteEntitlementWorkflow = createWorkflow(
  deleteEntitlementWorkflowId,
  (input: DeleteEntitlementWorkflowInput) => {
    deleteEntitlementStep(transform({ input }, ({ input }) => ({ organization_id: input.organization_id, id: input.id })))
    emitEventStep({
      eventName: EntitlementEvents.DELETED,
      data: transform({ input }, ({ input }) => ({ id: input.id, organization_id: input.organization_id })),
    })
    const entitlementDeleted = createHook("entitlementDeleted", {
      id: input.id,
      organization_id: input.organization_id,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(input.id, { hooks: [entitlementDeleted] })
  }
)
