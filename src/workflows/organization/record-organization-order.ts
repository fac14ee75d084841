import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { checkOrganizationCart, organizationCart } from "../../lib/cart-rules"
import { OrganizationEvents } from "../../lib/events"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type { OrganizationOrderDTO } from "../../modules/organization/types"
import { consumeSpendingReservationStep, linkApprovalToOrderStep } from "../approval/steps/approvals"
import { organizationService } from "./steps/organization-service"

type OrderRecord = Omit<OrganizationOrderDTO, "id" | "created_at" | "updated_at" | "deleted_at" | "raw_total">

/**
 * What a placed order is for: the organization of its cart, the placing membership and the
 * location its shipping address is. Null for orders of carts without an organization, and
 * for orders already recorded (the subscriber may see an event twice).
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
    const cart = await organizationCart(container, orderCart.cart_id)
    if (!cart.organization_id) return new StepResponse(null)
    const [{ data: [order] }, checked] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "status", "currency_code", "total"], filters: { id: order_id } }),
      // Completion checked the rules already; here they only tell membership and location.
      checkOrganizationCart(container, cart).catch(() => null),
    ])
    const record: OrderRecord = {
      organization_id: cart.organization_id,
      order_id,
      cart_id: cart.id,
      membership_id: checked?.membership.id ?? null,
      location_id: checked?.location_id ?? null,
      status: order.status as string,
      currency_code: order.currency_code as string,
      total: Number(order.total),
    }
    return new StepResponse(record)
  }
)

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

/** Records an order placed through Medusa's checkout for its organization, location and member. */
export const recordOrganizationOrderWorkflow = createWorkflow(
  "record-organization-order",
  (input: { order_id: string }) => {
    const record = resolveOrganizationOrderStep(input)
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
    return new WorkflowResponse(created)
  }
)
