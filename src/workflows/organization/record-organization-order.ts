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
    const [existing] = await organizationService(container).listOrganizationOrders({ order_id }, { select: ["id"] })
    const {
      data: [orderCart],
    } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id } })
    if (existing || !orderCart) return new StepResponse(null)
    const cart = await organizationCart(container, orderCart.cart_id)
    if (!cart.organization_id) return new StepResponse(null)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "status", "currency_code", "total"], filters: { id: order_id } })
    // Completion checked the rules already; here they only tell membership and location.
    const checked = await checkOrganizationCart(container, cart).catch(() => null)
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

const createOrganizationOrderStep = createStep(
  "create-organization-order",
  async (record: OrderRecord, { container }) => {
    const created = await organizationService(container).createOrganizationOrders(record as any)
    return new StepResponse(created, created.id)
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
    const created = when({ record }, ({ record }) => !!record).then(() => {
      const organizationOrder = createOrganizationOrderStep(record as any)
      const link = transform({ organizationOrder }, ({ organizationOrder }) => [
        {
          [ORGANIZATION_MODULE]: { organization_order_id: organizationOrder.id },
          [Modules.ORDER]: { order_id: organizationOrder.order_id },
        },
      ])
      createRemoteLinkStep(link)
      const eventData = transform({ organizationOrder }, ({ organizationOrder }) => ({
        id: organizationOrder.id,
        organization_id: organizationOrder.organization_id,
        order_id: organizationOrder.order_id,
      }))
      emitEventStep({ eventName: OrganizationEvents.ORDER_PLACED, data: eventData })
      return organizationOrder
    })
    return new WorkflowResponse(created as unknown as OrganizationOrderDTO | undefined)
  }
)
