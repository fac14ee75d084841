import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { OrganizationOrderDTO } from "../../../modules/organization/types"
import { cartOwner } from "../../cart/cart-rules"
import { approvalService, organizationService } from "../../common/module-services"

export type OrderRecord = Omit<OrganizationOrderDTO, "id" | "created_at" | "updated_at" | "deleted_at" | "raw_total">

/**
 * What a placed order is for, as its completion verified it (the validate hook's record of the
 * cart: organization, member, location, spend), never a re-check now: the member may have been
 * deactivated or the location edited since, and the order was placed all the same. A cart
 * completed without that record (before it existed) names the member of its customer, whatever
 * its status. Null for orders of carts without an organization, and for orders already
 * recorded (the subscriber may see an event twice).
 */
export const resolveOrganizationOrderStepId = "resolve-organization-order"
export const resolveOrganizationOrderStep = createStep(
  resolveOrganizationOrderStepId,
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
