import {
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { admittedOnChannels, NOT_ADMITTED_MESSAGE } from "../../lib/access-groups"
import type { AddressLike } from "../../lib/addresses"
import { CART_ORGANIZATION_CONTEXT, type CartOrganizationContext } from "../../lib/cart-organization"
import { assertApprovedIfNeeded } from "../../lib/approval-rules"
import { checkOrganizationCart, organizationCart } from "../../lib/cart-rules"
import { ORGANIZATION_MODULE } from "../../modules/organization"

// The plugin's rules on Medusa's own checkout path, through the `validate` hooks of the core
// cart workflows (what the store's cart routes run) and `cartCreated` for the link.

/** Access groups (seed 001): the cart's customer (or a guest) must be admitted on its channel. */
async function assertCartAdmitted(
  container: MedusaContainer,
  cart: { sales_channel_id?: string | null; customer_id?: string | null }
) {
  if (!cart.sales_channel_id) return
  // A guest checkout also makes a customer record, one without an account.
  const [customer] = cart.customer_id
    ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: cart.customer_id }, { select: ["id", "has_account"] })
    : []
  const admitted = await admittedOnChannels(container, [cart.sales_channel_id], {
    customerId: customer?.id,
    guest: !customer?.has_account,
  })
  if (!admitted) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NOT_ADMITTED_MESSAGE)
  }
}

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartAdmitted(container, cart as any)
})

/** Links the new cart to the organization the request's middleware verified (src/api/store/carts). */
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => {
    if (!container.hasRegistration(CART_ORGANIZATION_CONTEXT)) return new StepResponse(undefined, null)
    const context = container.resolve<CartOrganizationContext>(CART_ORGANIZATION_CONTEXT)
    const link = {
      [ORGANIZATION_MODULE]: { organization_id: context.organization_id },
      [Modules.CART]: { cart_id: cart.id },
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(link)
    return new StepResponse(undefined, link)
  },
  async (link, { container }) => {
    if (!link) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(link)
  }
)

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const shipping = (input as { shipping_address?: unknown }).shipping_address
  const address = shipping && typeof shipping === "object" ? (shipping as AddressLike) : undefined
  const current = await organizationCart(container, (cart as { id: string }).id)
  // The customer may change with the update (e-mail); the new one must qualify too.
  const customerId = (input as { customer_id?: string }).customer_id ?? current.customer_id
  await checkOrganizationCart(container, { ...current, customer_id: customerId }, address ? { address } : {})
})

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertCartAdmitted(container, cart as any)
  const cartId = (cart as { id: string }).id
  const checked = await checkOrganizationCart(container, await organizationCart(container, cartId), {
    requireAddress: true,
  })
  // Seed 000: who may not order (or not this much) orders only what an approver approved.
  if (checked) {
    await assertApprovedIfNeeded(
      container,
      { id: checked.membership.id, organization_id: checked.organization_id, permissions: checked.permissions },
      cartId
    )
  }
})
