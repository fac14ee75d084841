import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { notAdmittedRefusal } from "../../lib/access-groups"
import { actingMemberOf, assertPermission, type ActingMember } from "../../lib/acting-member"
import { ADDRESS_KEY_FIELDS, locationRefusalMessage, matchingLocation, type AddressLike } from "../../lib/addresses"
import { refusal } from "../../lib/refusal"
import { REFUSAL } from "../../lib/refusal-codes"
import { ACCESS_GROUP_MODULE } from "../../modules/access-group"
import type AccessGroupModuleService from "../../modules/access-group/service"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { resolveActingMember } from "../common/acting-member"
import { rememberedCartOrganizations, type CartBuyer, type CartOrganization } from "./request-facts"

/** Who a cart is for: what the cart routes' middlewares check before Medusa's route runs. */
export type CartOwner = {
  id: string
  customer_id: string | null
  sales_channel_id: string | null
  organization_id: string | null
}

export type OrganizationCart = CartOwner & { shipping_address: AddressLike | null }

/**
 * A cart with the organization it is linked to (src/links/organization-cart.ts): the cart
 * module's own read (one statement; cheaper than the query graph on every cart route) and the
 * link's table, side by side. A missing cart throws Medusa's not-found error.
 */
export async function cartOwner(container: MedusaContainer, cartId: string): Promise<CartOwner> {
  const { shipping_address: _, ...owner } = await readCart(container, cartId, false)
  return owner
}

/** A cart with its organization and shipping address (the rules' location match). */
export function organizationCart(container: MedusaContainer, cartId: string): Promise<OrganizationCart> {
  return readCart(container, cartId, true)
}

async function readCart(container: MedusaContainer, cartId: string, withAddress: boolean): Promise<OrganizationCart> {
  const [cart, organizationId] = await Promise.all([
    container.resolve(Modules.CART).retrieveCart(cartId, {
      select: [
        "id",
        "customer_id",
        "sales_channel_id",
        ...(withAddress ? ADDRESS_KEY_FIELDS.map((field) => `shipping_address.${field}`) : []),
      ],
      relations: withAddress ? ["shipping_address"] : [],
    }),
    cartOrganizationId(container, cartId),
  ])
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    sales_channel_id: cart.sales_channel_id ?? null,
    organization_id: organizationId,
    shipping_address: (cart.shipping_address as AddressLike | null) ?? null,
  }
}

/** The cart's organization: the one its request's middleware read, else one read of the link table. */
async function cartOrganizationId(container: MedusaContainer, cartId: string): Promise<string | null> {
  const remembered = rememberedCartOrganizations(container)
  if (remembered?.has(cartId)) return remembered.get(cartId)!
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [link] = await knex("b2b_organization_cart").select("organization_id").where({ cart_id: cartId, deleted_at: null }).limit(1)
  return link?.organization_id ?? null
}

/** The cart as a core cart workflow's step read it (under the workflow's lock). */
export type WorkflowCart = {
  id: string
  customer_id?: string | null
  customer?: { id: string; has_account?: boolean | null } | null
  sales_channel_id?: string | null
  shipping_address?: unknown
}

/**
 * The organization cart of a hook: the fields from the workflow's own fresh read of the cart,
 * the organization from the request (or its link), so the rules read no cart twice.
 */
export async function organizationCartOf(container: MedusaContainer, cart: WorkflowCart): Promise<OrganizationCart> {
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? cart.customer?.id ?? null,
    sales_channel_id: cart.sales_channel_id ?? null,
    organization_id: await cartOrganizationId(container, cart.id),
    shipping_address: (cart.shipping_address as AddressLike | null) ?? null,
  }
}

/**
 * Access groups (seed 001): the cart's channel must admit its customer (or the guest) and,
 * for an organization's cart, the organization too, checked again at every change and at
 * completion (the merchant may have removed either from the group meanwhile).
 */
export async function assertCartAdmitted(
  container: MedusaContainer,
  cart: { sales_channel_id?: string | null; customer_id?: string | null; organization_id?: string | null },
  {
    knownCustomer,
    buyer,
  }: {
    /** The cart's customer when the caller read it already (the completion's cart has it). */
    knownCustomer?: { id: string; has_account?: boolean | null } | null
    /** Who the request acts as: judged instead of the recorded customer (a guest typing a member's e-mail is a guest). */
    buyer?: CartBuyer | null
  } = {}
) {
  if (!cart.sales_channel_id) return
  const actor = buyer && !cart.organization_id ? { customerId: buyer.customer_id, guest: !buyer.logged_in } : await recordedActor()
  const admitted = await container
    .resolve<AccessGroupModuleService>(ACCESS_GROUP_MODULE)
    .isAdmitted([cart.sales_channel_id], { ...actor, organizationId: cart.organization_id })
  if (!admitted) throw notAdmittedRefusal({ guest: actor.guest })

  /** The cart's recorded customer; a guest checkout also makes a customer record, one without an account. */
  async function recordedActor() {
    const [customer] =
      knownCustomer && knownCustomer.id === cart.customer_id && typeof knownCustomer.has_account === "boolean"
        ? [knownCustomer]
        : cart.customer_id
          ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: cart.customer_id }, { select: ["id", "has_account"] })
          : []
    return { customerId: customer?.id ?? null, guest: !customer?.has_account }
  }
}

/**
 * The organization a cart is for when it is created or moved to a login (Medusa's transfer):
 * the one the storefront named (x-organization-id, checked by the guard); else, only on a
 * sales channel the merchant marked for organization carts, the buyer's only organization
 * they may act for there (several: the storefront must name one). Everywhere else the cart
 * is personal, so installing the plugin changes nothing for an existing storefront.
 */
export async function organizationForCart(
  container: MedusaContainer,
  buyer: CartBuyer,
  salesChannelId: string | null | undefined
): Promise<CartOrganization | null> {
  if (buyer.named) return buyer.named
  if (!buyer.customer_id || !salesChannelId) return null
  const accessGroups = container.resolve<AccessGroupModuleService>(ACCESS_GROUP_MODULE)
  const settings = await accessGroups.retrieveSalesChannelSettings(salesChannelId)
  if (!settings.organization_carts) return null
  const admitted = await accessGroups.listAdmittedOrganizationIds([salesChannelId], buyer.customer_id)
  const candidates = await container
    .resolve<OrganizationModuleService>(ORGANIZATION_MODULE)
    .listMembershipsMayAct(buyer.customer_id, admitted)
  if (!candidates.length) return null
  if (candidates.length > 1) {
    throw refusal(
      REFUSAL.organization_ambiguous,
      "You buy for several organizations: choose the organization this cart is for",
      { invalidData: true }
    )
  }
  assertPermission(actingMemberOf(candidates[0]), "orders.place", "orders.request")
  return { organization_id: candidates[0].organization_id, membership_id: candidates[0].id }
}

export type CheckedOrganizationCart = ActingMember & {
  /** The delivery location the shipping address is, when there is one. */
  location_id: string | null
}

/**
 * The organization rules of an organization's cart (seed 000), checked on update and completion:
 *  - its customer is an active member of that active organization who may order or request
 *    (the acting-member rules of lib/acting-member, read by workflows/common/acting-member, with the guard's status codes);
 *  - when the organization has locations, the shipping address is one the member may use
 *    (all of them with addresses.manage, otherwise the assigned ones).
 * Answers null for a personal cart (no organization): whoever buys, Medusa's rules alone apply.
 */
export async function checkOrganizationCart(
  container: MedusaContainer,
  cart: OrganizationCart,
  { address = cart.shipping_address, requireAddress = false }: { address?: AddressLike | null; requireAddress?: boolean } = {}
): Promise<CheckedOrganizationCart | null> {
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  // A cart of no organization is its buyer's own purchase: Medusa's rules only.
  if (!cart.organization_id) return null
  const notTheMember = () =>
    refusal(REFUSAL.cart_member_only, "This cart belongs to another buyer of the organization: only they can change or complete it")
  if (!cart.customer_id) throw notTheMember()
  // The member's rules and the locations (with the member's assignments) side by side.
  const [member, locations] = await Promise.all([
    resolveActingMember(container, {
      customer_id: cart.customer_id,
      organization_id: cart.organization_id,
      any_of: ["orders.place", "orders.request"],
    }),
    service.listLocationsAssignedTo(cart.organization_id, cart.customer_id),
  ])
  if (!member) throw notTheMember()
  const { membership, permissions } = member

  let locationId: string | null = null
  if (locations.length && (address?.address_1 || requireAddress)) {
    const usable = permissions.includes("addresses.manage") ? locations : locations.filter((l) => l.assigned)
    locationId = matchingLocation(usable, address)?.id ?? null
    if (!locationId) {
      throw refusal(REFUSAL.location_not_allowed, locationRefusalMessage(usable), { invalidData: true })
    }
  }
  return { organization_id: cart.organization_id, membership, permissions, location_id: locationId }
}

/**
 * A cart's two checkout rules, admission and the organization's, with their independent reads
 * side by side; the refusal reported is the one running them in turn would give.
 */
export async function checkCart(
  container: MedusaContainer,
  cart: OrganizationCart,
  {
    customer,
    ...options
  }: { customer?: { id: string; has_account?: boolean | null } | null; address?: AddressLike | null; requireAddress?: boolean } = {}
): Promise<CheckedOrganizationCart | null> {
  const [admitted, checked] = await Promise.allSettled([
    assertCartAdmitted(container, cart, { knownCustomer: customer }),
    checkOrganizationCart(container, cart, options),
  ])
  if (admitted.status === "rejected") throw admitted.reason
  if (checked.status === "rejected") throw checked.reason
  return checked.value
}
