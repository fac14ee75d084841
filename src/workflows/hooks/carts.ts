import {
  completeCartWorkflow,
  createCartWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AddressLike } from "../../lib/addresses"
import { CART_ORGANIZATION_CONTEXT, type CartOrganizationContext } from "../../lib/cart-organization"
import { approvalPolicyOf, holdOrderSpending, recordCheckedCompletion, type CompletingCart } from "../../lib/approval-rules"
import { assertCartAdmitted, checkCart, organizationCartOf, type WorkflowCart } from "../../lib/cart-rules"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import { ORGANIZATION_MODULE } from "../../modules/organization"

// The plugin's rules on Medusa's own checkout path, through the `validate` hooks of the core
// cart workflows (what the store's cart routes run) and `cartCreated` for the link.

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  // The cart is linked after this hook: the organization is the one the middleware verified.
  const acting = container.hasRegistration(CART_ORGANIZATION_CONTEXT) ? container.resolve<CartOrganizationContext>(CART_ORGANIZATION_CONTEXT) : null
  const { sales_channel_id, customer_id } = cart as { sales_channel_id?: string | null; customer_id?: string | null }
  await assertCartAdmitted(container, { sales_channel_id, customer_id, organization_id: acting?.organization_id ?? null })
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
  const changes = input as { shipping_address?: unknown; customer_id?: string; sales_channel_id?: string | null }
  const address =
    changes.shipping_address && typeof changes.shipping_address === "object"
      ? (changes.shipping_address as AddressLike)
      : undefined
  const current = await organizationCartOf(container, cart as WorkflowCart)
  // The customer (e-mail) and the sales channel may change with the update; the new ones must qualify.
  const updated = {
    ...current,
    customer_id: changes.customer_id ?? current.customer_id,
    sales_channel_id: changes.sales_channel_id ?? current.sales_channel_id,
  }
  await checkCart(container, updated, address ? { address } : {})
})

/**
 * Completion: the access groups and organization rules again, then the approval rule; what
 * they verified (member, location, spend) is recorded for the cart (recordCheckedCompletion),
 * and the organization's order record is written from it. If completion fails after this
 * hook, Medusa runs the compensation: the record goes. A cart completed already (Medusa
 * answers its existing order) records nothing again.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    // Medusa's own read of the cart under the completion's lock: totals, items, address, customer.
    const completing = cart as WorkflowCart & CompletingCart & { completed_at?: Date | null }
    const current = await organizationCartOf(container, completing)
    // The approval policy is read beside the checks (it needs only the organization); when a
    // check refuses first, nobody awaits the read, so its failure must not go unhandled.
    const policyRead =
      current.organization_id && !completing.completed_at ? approvalPolicyOf(container, current.organization_id) : null
    policyRead?.catch(() => undefined)
    const checked = await checkCart(container, current, { customer: completing.customer, requireAddress: true })
    if (!checked || !policyRead || completing.completed_at) return new StepResponse(undefined, null)
    const member = {
      id: checked.membership.id,
      organization_id: checked.organization_id,
      permissions: checked.permissions,
      spending_limit: checked.membership.spending_limit,
    }
    // Last: every other rule of this hook has passed.
    const completion = await recordCheckedCompletion(container, { member, location_id: checked.location_id }, completing, policyRead)
    return new StepResponse(undefined, completion.cart_id)
  },
  async (cartId, { container }) => {
    if (!cartId) return
    await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).releaseSpending([cartId])
  }
)

/**
 * The period's spending limit, after Medusa checked the cart's items, shipping and stock and
 * created its order (only the payment's authorization follows): the spend is held against the
 * limit only now, so the member's completions that fail those checks never refuse another.
 * Declared by completeCartWorkflow, not in its TypeScript type.
 */
type BeforePaymentAuthorization = (
  handler: (input: { input: { id: string } }, context: { container: MedusaContainer }) => Promise<void>
) => void
;(completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization: BeforePaymentAuthorization }).beforePaymentAuthorization(
  async ({ input }, { container }) => {
    await holdOrderSpending(container, input.id)
  }
)
