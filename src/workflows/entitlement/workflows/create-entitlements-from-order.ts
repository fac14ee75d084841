import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { createEntitlementsStep } from "../steps/create-entitlements"
import { entitlementsFromOrderStep } from "../steps/entitlements-from-order"

export type CreateEntitlementsFromOrderWorkflowInput = { order_id: string; organization_id: string } & AdditionalData

export const createEntitlementsFromOrderWorkflowId = "create-entitlements-from-order"

/**
 * Entitlements for what an organization's order bought (subscriber to organization.order_placed).
 * Hook `entitlementsCreated` receives `{ entitlements, additional_data }`.
 */
export const createEntitlementsFromOrderWorkflow = createWorkflow(
  createEntitlementsFromOrderWorkflowId,
  (input: CreateEntitlementsFromOrderWorkflowInput) => {
    const inputs = entitlementsFromOrderStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id, organization_id: input.organization_id }))
    )
    const created = createEntitlementsStep(inputs)
    emitEventStep({
      eventName: EntitlementEvents.CREATED,
      data: transform({ created }, ({ created }) => created.map((e) => ({ id: e.id, organization_id: e.organization_id }))),
    })
    const entitlementsCreated = createHook("entitlementsCreated", {
      entitlements: created,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(created, { hooks: [entitlementsCreated] })
  }
)
