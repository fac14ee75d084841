import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { EntitlementEvents } from "../../../lib/events"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { createEntitlementsStep, type CreateEntitlementInput } from "../steps/create-entitlements"
import { resolveEntitlementProductStep } from "../steps/resolve-entitlement-product"

/** What the merchant says; the product is the variant's (resolved, never taken from the caller). */
export type CreateEntitlementWorkflowInput = Omit<
  CreateEntitlementInput,
  "product_id" | "source_order_id" | "source_line_item_id"
> &
  AdditionalData

export const createEntitlementWorkflowId = "create-entitlement"

/** The merchant grants an entitlement by hand. Hook `entitlementCreated` receives `{ entitlement, additional_data }`. */
export const createEntitlementWorkflow = createWorkflow(createEntitlementWorkflowId, (input: CreateEntitlementWorkflowInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const productId = resolveEntitlementProductStep(transform({ input }, ({ input }) => ({ product_variant_id: input.product_variant_id })))
  const created = createEntitlementsStep(
    transform({ input, productId }, ({ input, productId }) => [
      {
        organization_id: input.organization_id,
        kind: input.kind,
        title: input.title,
        seats: input.seats,
        product_variant_id: input.product_variant_id ?? null,
        product_id: productId,
        starts_at: input.starts_at,
        ends_at: input.ends_at,
      },
    ])
  )
  const entitlement = transform({ created }, ({ created }) => created[0])
  emitEventStep({
    eventName: EntitlementEvents.CREATED,
    data: transform({ entitlement }, ({ entitlement }) => ({ id: entitlement.id, organization_id: entitlement.organization_id })),
  })
  const entitlementCreated = createHook("entitlementCreated", { entitlement, additional_data: input.additional_data })
  return new WorkflowResponse(entitlement, { hooks: [entitlementCreated] })
})
