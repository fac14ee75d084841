// Demo orders placed through Medusa's own cart workflows, as a storefront's checkout does.
// The organization record that the `order.placed` subscriber makes is also written here
// directly (the workflow is idempotent), so it exists before the seed ends.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ORGANIZATION_MODULE } from "../src/modules/organization"
import { decideApprovalWorkflow, requestCartApprovalWorkflow } from "../src/workflows/approval"
import { recordOrganizationOrderWorkflow } from "../src/workflows/organization"

export type DemoOrder = {
  organizationId: string
  customerId: string
  email: string
  variantId: string
  address: { address_1: string; city: string; postal_code: string; country_code: string }
}

export type DemoShop = { regionId: string; salesChannelId: string }

/** A member's organization cart with one item, address, shipping and a payment session. */
export async function prepareDemoCart(container: MedusaContainer, { regionId, salesChannelId }: DemoShop, order: DemoOrder) {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regionId,
      sales_channel_id: salesChannelId,
      customer_id: order.customerId,
      email: order.email,
      items: [{ variant_id: order.variantId, quantity: 1 }],
      shipping_address: { first_name: order.email.split("@")[0], last_name: "Demo", ...order.address },
    },
  })
  // What the cart-creation middleware and hook do for a logged-in member.
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [ORGANIZATION_MODULE]: { organization_id: order.organizationId },
    [Modules.CART]: { cart_id: cart.id },
  })
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "Standard delivery" })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [withCollection],
  } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (withCollection as any).payment_collection.id, provider_id: "pp_system_default" },
  })
  return cart.id
}

export async function placeDemoOrder(container: MedusaContainer, shop: DemoShop, order: DemoOrder) {
  const cartId = await prepareDemoCart(container, shop, order)
  const { result } = await completeCartWorkflow(container).run({ input: { id: cartId } })
  await recordOrganizationOrderWorkflow(container).run({ input: { order_id: result.id } })
  return result.id
}

/**
 * A requester's cart sent for approval through the workflow a storefront's request runs
 * (it works out the reasons itself); decided by the member `decidedBy` (a customer) when given.
 */
export async function requestDemoApproval(
  container: MedusaContainer,
  shop: DemoShop,
  order: DemoOrder,
  decision?: { decidedBy: string; status: "approved" | "rejected"; comment: string }
) {
  const cartId = await prepareDemoCart(container, shop, order)
  const { result: request } = await requestCartApprovalWorkflow(container).run({
    input: { cart_id: cartId, actor: { type: "member", customer_id: order.customerId } },
  })
  if (decision) {
    await decideApprovalWorkflow(container).run({
      input: {
        approval_id: request.id,
        decision: decision.status,
        note: decision.comment,
        actor: { type: "member", customer_id: decision.decidedBy },
      },
    })
  }
  return request.id
}
