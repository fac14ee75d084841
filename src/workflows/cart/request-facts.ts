import { asValue } from "@medusajs/framework/awilix"
import type { MedusaContainer } from "@medusajs/framework/types"

// The one hand-off from the cart routes' middleware to the cart workflows' hooks, which run
// in the request's own scope (nothing a client sends can set these registrations).
// (Formerly src/lib/cart-organization.ts; the cart organizations were in lib/cart-rules.ts.)

/** The organization a cart is for, with the membership that buys. */
export type CartOrganization = { organization_id: string; membership_id: string }

/** Who is buying, as the middleware verified it from the request (never from its body). */
export type CartBuyer = {
  /** The request carries a customer login. */
  logged_in: boolean
  /** The login's customer when the login proves the record's e-mail (lib/login-proof), else null. */
  customer_id: string | null
  /** The organization the storefront named (x-organization-id), already checked by the guard. */
  named: CartOrganization | null
}

const BUYER = "b2bCartBuyer"
const NEW_CART_ORGANIZATION = "b2bNewCartOrganization"

/**
 * Medusa runs the guest → login transfer in its workflow engine, outside the request's scope:
 * there the buyer travels in the workflow's `additional_data` under this key, which the
 * middleware always overwrites (a client's own value never reaches the hook).
 */
export const CART_BUYER_DATA_KEY = "b2b_buyer"

export function withCartBuyer(additionalData: unknown, buyer: CartBuyer): Record<string, unknown> {
  const data = additionalData && typeof additionalData === "object" ? (additionalData as Record<string, unknown>) : {}
  return { ...data, [CART_BUYER_DATA_KEY]: buyer }
}

export const cartBuyerFromData = (additionalData: unknown): CartBuyer | null =>
  ((additionalData as Record<string, unknown> | undefined)?.[CART_BUYER_DATA_KEY] as CartBuyer | undefined) ?? null

export function rememberCartBuyer(requestScope: MedusaContainer, buyer: CartBuyer) {
  requestScope.register(BUYER, asValue(buyer))
}

/** The request's buyer; null outside a store request (a merchant's code running the workflow). */
export const cartBuyerOf = (container: MedusaContainer): CartBuyer | null =>
  container.hasRegistration(BUYER) ? container.resolve<CartBuyer>(BUYER) : null

/** From the cart-creation workflow's `validate` hook, which decides, to its `cartCreated` hook, which links. */
export function rememberNewCartOrganization(container: MedusaContainer, organization: CartOrganization | null) {
  container.register(NEW_CART_ORGANIZATION, asValue(organization))
}

export const newCartOrganizationOf = (container: MedusaContainer): CartOrganization | null =>
  container.hasRegistration(NEW_CART_ORGANIZATION) ? container.resolve<CartOrganization | null>(NEW_CART_ORGANIZATION) : null

/**
 * Where a request's middleware left the organizations of the carts it read, for the hooks of
 * the cart workflow the same request runs in its scope (updates; completion runs in the
 * workflow engine's container and reads the link once): a cart's link is written once, when
 * the cart is created, so it cannot differ within a request (a deleted organization's cart
 * then fails its member check). Kept in the request's own scope, never in the application's.
 */
const CART_ORGANIZATIONS = "b2bCartOrganizations"

export function rememberCartOrganization(requestScope: MedusaContainer, cart: { id: string; organization_id: string | null }) {
  if (!requestScope.hasRegistration(CART_ORGANIZATIONS)) requestScope.register(CART_ORGANIZATIONS, asValue(new Map()))
  requestScope.resolve<Map<string, string | null>>(CART_ORGANIZATIONS).set(cart.id, cart.organization_id)
}

/** The cart organizations the request's middleware remembered (null outside such a request). */
export const rememberedCartOrganizations = (container: MedusaContainer): Map<string, string | null> | null =>
  container.hasRegistration(CART_ORGANIZATIONS) ? container.resolve<Map<string, string | null>>(CART_ORGANIZATIONS) : null
