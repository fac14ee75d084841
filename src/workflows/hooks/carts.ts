import {
  completeCartWorkflow,
  createCartWorkflow,
  transferCartCustomerWorkflow,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AddressLike } from "../../lib/addresses"
import {
  cartBuyerFromData,
  cartBuyerOf,
  newCartOrganizationOf,
  rememberNewCartOrganization,
  type CartOrganization,
} from "../cart/request-facts"
import { approvalPolicyOf, holdOrderSpending, recordCheckedCompletion } from "../cart/approval-rules"
import type { CompletingCart } from "../cart/utils/fingerprint"
import {
  assertCartAdmitted,
  cartOwner,
  checkCart,
  organizationCartOf,
  organizationForCart,
  type WorkflowCart,
} from "../cart/cart-rules"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import { ORGANIZATION_MODULE } from "../../modules/organization"

// The plugin's rules on Medusa's own checkout path, through the `validate` hooks of the core
// cart workflows (what the store's cart routes run), `cartCreated` for the link, and the
// transfer's `validate` for a guest cart that a login takes over.

const linkOf = (organization: CartOrganization, cartId: string) => ({
  [ORGANIZATION_MODULE]: { organization_id: organization.organization_id },
  [Modules.CART]: { cart_id: cartId },
})

/** Links a cart to its organization; the compensation dismisses the link again. */
async function linkCart(container: MedusaContainer, organization: CartOrganization, cartId: string) {
  const link = linkOf(organization, cartId)
  await container.resolve(ContainerRegistrationKeys.LINK).create(link)
  return new StepResponse(undefined, link)
}

const dismissLink = async (link: ReturnType<typeof linkOf> | null | undefined, { container }: { container: MedusaContainer }) => {
  if (!link) return
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(link)
}

/** Decides whom a new cart is for (organizationForCart) and whether its channel admits that buyer. */
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const { sales_channel_id, customer_id } = cart as { sales_channel_id?: string | null; customer_id?: string | null }
  const buyer = cartBuyerOf(container)
  const organization = buyer ? await organizationForCart(container, buyer, sales_channel_id) : null
  // Only in a request's own scope: a merchant's code running the workflow registers nothing globally.
  if (buyer) rememberNewCartOrganization(container, organization)
  await assertCartAdmitted(
    container,
    { sales_channel_id, customer_id, organization_id: organization?.organization_id ?? null },
    { buyer }
  )
})

/** Links the new cart to the organization its `validate` hook decided. */
createCartWorkflow.hooks.cartCreated(async ({ cart }, { container }) => {
  const organization = newCartOrganizationOf(container)
  return organization ? linkCart(container, organization, cart.id) : new StepResponse(undefined, null)
}, dismissLink)

/**
 * Medusa's guest → login transfer (run in the workflow engine; the buyer comes in
 * `additional_data`, set by the cart middleware): a personal cart becomes the organization's
 * where a new cart of this buyer would (organizationForCart), from now on with its rules;
 * otherwise it stays personal. The link is written before Medusa moves the cart and dismissed if the
 * transfer fails. An organization's cart keeps its organization (the cart guard let only its
 * own member through).
 */
transferCartCustomerWorkflow.hooks.validate(async ({ input }, { container }) => {
  const { id, additional_data } = input as { id: string; additional_data?: unknown }
  const buyer = cartBuyerFromData(additional_data)
  if (!buyer) return new StepResponse(undefined, null)
  const cart = await cartOwner(container, id)
  if (cart.organization_id) return new StepResponse(undefined, null)
  const organization = await organizationForCart(container, buyer, cart.sales_channel_id)
  return organization ? linkCart(container, organization, cart.id) : new StepResponse(undefined, null)
}, dismissLink)

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
