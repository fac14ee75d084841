import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { AdditionalData, MedusaContainer } from "@medusajs/framework/types"
import { cartOwner } from "../cart/cart-rules"
import { OrganizationEvents } from "../../lib/events"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type { OrganizationOrderDTO } from "../../modules/organization/types"
import { approvalService } from "../approval/steps/approval-service"
import { consumeSpendingReservationStep, linkApprovalToOrderStep } from "../approval/steps/approvals"
import { organizationService } from "./steps/organization-service"

type OrderRecord = Omit<OrganizationOrderDTO, "id" | "created_at" | "updated_at" | "deleted_at" | "raw_total">

/**
 * What a placed order is for, as its completion verified it (the validate hook's record of the
 * cart: organization, member, location, spend), never a re-check now: the member may have been
 * deactivated or the location edited since, and the order was placed all the same. A cart
 * completed without that record (before it existed) names the member of its customer, whatever
 * its status. Null for orders of carts without an organization, and for orders already
 * recorded (the subscriber may see an event twice).
 */
const resolveOrganizationOrderStep = createStep(
  "resolve-organization-order",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Independent reads run side by side: this runs while the checkout's answer is being sent.
    const [[existing], { data: [orderCart] }] = await Promise.all([
      organizationService(container).listOrganizationOrders({ order_id }, { select: ["id"] }),
      query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id } }),
    ])
    if (existing || !orderCart) return new StepResponse(null)
    const cartId = orderCart.cart_id as string
    const [[completion], { data: [order] }] = await Promise.all([
      approvalService(container).listSpendingReservations(
        { cart_id: cartId },
        { select: ["organization_id", "membership_id", "location_id", "currency_code", "amount"] }
      ),
      query.graph({ entity: "order", fields: ["id", "status", "currency_code", "total", "customer_id"], filters: { id: order_id } }),
    ])
    const record: OrderRecord = completion
      ? {
          organization_id: completion.organization_id,
          order_id,
          cart_id: cartId,
          membership_id: completion.membership_id,
          location_id: completion.location_id ?? null,
          status: order.status as string,
          currency_code: completion.currency_code,
          total: Number(completion.amount),
        }
      : await uncheckedRecord(container, cartId, order)
    return new StepResponse(record.organization_id ? record : null)
  }
)

/** An order whose completion left no record: its cart's organization and its customer's membership. */
async function uncheckedRecord(
  container: MedusaContainer,
  cartId: string,
  order: { id: string; status: unknown; currency_code: unknown; total: unknown; customer_id?: string | null }
): Promise<OrderRecord> {
  const { organization_id } = await cartOwner(container, cartId)
  const [membership] =
    organization_id && order.customer_id
      ? await organizationService(container).listOrganizationMemberships(
          { organization_id, customer_id: order.customer_id },
          { select: ["id"] }
        )
      : []
  return {
    organization_id: organization_id as string,
    order_id: order.id,
    cart_id: cartId,
    membership_id: membership?.id ?? null,
    location_id: null,
    status: order.status as string,
    currency_code: order.currency_code as string,
    total: Number(order.total),
  }
}

/**
 * Writes the record once: when a parallel run (the event delivered twice, or the seed and
 * the subscriber) wrote it first, the unique order index refuses this one and the step
 * answers the existing record, not created here (so nothing to undo and no second event).
 */
type WrittenOrder = { record: OrganizationOrderDTO | null; created: boolean }

const createOrganizationOrderStep = createStep(
  "create-organization-order",
  async (record: OrderRecord | null, { container }): Promise<StepResponse<WrittenOrder, string | null>> => {
    if (!record) return new StepResponse({ record: null, created: false }, null)
    const service = organizationService(container)
    try {
      const created = await service.createOrganizationOrders(record)
      return new StepResponse({ record: created, created: true }, created.id)
    } catch (error) {
      const [existing] = await service.listOrganizationOrders({ order_id: record.order_id })
      if (!existing) throw error
      return new StepResponse({ record: existing, created: false }, null)
    }
  },
  async (id, { container }) => {
    if (!id) return
    await organizationService(container).deleteOrganizationOrders(id)
  }
)

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
      consumeSpendingReservationStep(transform({ result }, ({ result }) => ({ cart_id: result.record!.cart_id ?? null })))
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
