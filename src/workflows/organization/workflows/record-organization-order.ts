import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import { linkApprovalToOrderStep, recordSpendingStep } from "../../approval/steps"
import { spendOfOrder } from "../../approval/utils/spend-of-order"
import { createOrganizationOrderStep } from "../steps/create-organization-order"
import { resolveOrganizationOrderStep } from "../steps/resolve-organization-order"

export type RecordOrganizationOrderWorkflowInput = { order_id: string } & AdditionalData

export const recordOrganizationOrderWorkflowId = "record-organization-order"

/**
 * Records an order placed through Medusa's checkout for its organization, location and member.
 * Hook `organizationOrderRecorded` receives `{ organization_order, created, additional_data }`:
 * `organization_order` is null for an order without an organization, `created` false when the
 * record existed already (the event delivered twice).
 */
export const recordOrganizationOrderWorkflow = createWorkflow(
  recordOrganizationOrderWorkflowId,
  (input: RecordOrganizationOrderWorkflowInput) => {
    const record = resolveOrganizationOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const result = createOrganizationOrderStep(record)
    when({ result }, ({ result }) => result.created).then(() => {
      const link = transform({ result }, ({ result }) => [
        {
          [ORGANIZATION_MODULE]: { organization_order_id: result.record!.id },
          [Modules.ORDER]: { order_id: result.record!.order_id },
        },
      ])
      createRemoteLinkStep(link)
      const approvalInput = transform({ result }, ({ result }) => ({
        cart_id: result.record!.cart_id!,
        order_id: result.record!.order_id,
        membership_id: result.record!.membership_id ?? null,
      }))
      linkApprovalToOrderStep(approvalInput)
      recordSpendingStep(transform({ result }, ({ result }) => spendOfOrder(result.record!)))
      const eventData = transform({ result }, ({ result }) => ({
        id: result.record!.id,
        organization_id: result.record!.organization_id,
        order_id: result.record!.order_id,
      }))
      emitEventStep({ eventName: OrganizationEvents.ORDER_PLACED, data: eventData })
    })
    const created = transform({ result }, ({ result }) => result.record ?? undefined)
    const recorded = transform({ result }, ({ result }) => ({ organization_order: result.record ?? null, created: result.created }))
    const organizationOrderRecorded = createHook("organizationOrderRecorded", {
      organization_order: recorded.organization_order,
      created: recorded.created,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(created, { hooks: [organizationOrderRecorded] })
  }
)
