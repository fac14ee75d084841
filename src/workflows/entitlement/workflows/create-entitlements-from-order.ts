import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { EntitlementEvents } from "../../../lib/events"
import { createEntitlementsStep } from "../steps/create-entitlements"
import { entitlementsFromOrderStep } from "../steps/entitlements-from-order"

export const createEntitlementsFromOrderWorkflowId = "create-entitlements-from-order"

/** Entitlements for what an organization's order bought (subscriber to organization.order_placed). */
export const createEntitlementsFromOrderWorkflow = createWorkflow(
  createEntitlementsFromOrderWorkflowId,
  (input: { order_id: string; organization_id: string }) => {
    const inputs = entitlementsFromOrderStep(input)
    const created = createEntitlementsStep(inputs)
    emitEventStep({
      eventName: EntitlementEvents.CREATED,
      data: transform({ created }, ({ created }) => created.map((e) => ({ id: e.id, organization_id: e.organization_id }))),
    })
    return new WorkflowResponse(created)
  }
)
