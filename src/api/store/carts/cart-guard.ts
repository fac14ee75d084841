import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { notAdmittedRefusal } from "../../../lib/access-groups"
import { cartOwner, type CartOwner } from "../../../workflows/cart/cart-rules"
import { rememberCartOrganization } from "../../../workflows/cart/request-facts"
import { REFUSAL } from "../../../lib/refusal-codes"
import { ACCESS_GROUP_MODULE } from "../../../modules/access-group"
import type AccessGroupModuleService from "../../../modules/access-group/service"
import { assertPermission, resolveOrganizationContext } from "../../utils/organization-guard"
import { verifiedCustomerId } from "../../utils/verified-customer"

/**
 * The cart a store request acts on, and the 404 it answers when that cart is unknown or not
 * the caller's (the same answer for both, so a cart id tells nothing). `undefined`: the
 * request is about no cart (a payment collection of an order), Medusa's rules alone apply.
 */
type CartOfRequest = { cartId: string | null; notFound: () => MedusaError } | undefined

const notFound = (label: string, id: string) => () =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)

/** `/store/carts/:id` and everything under it. */
export const cartOfPath = async (req: AuthenticatedMedusaRequest): Promise<CartOfRequest> => ({
  cartId: req.params.id,
  notFound: notFound("Cart", req.params.id),
})

/** `POST /store/payment-collections` (`{ cart_id }`): Medusa answers the cart's collection. */
export const cartOfBody = async (req: AuthenticatedMedusaRequest): Promise<CartOfRequest> => {
  const cartId = ((req.validatedBody ?? req.body) as { cart_id?: unknown } | undefined)?.cart_id
  // A body without a cart id is Medusa's validation's to refuse.
  return typeof cartId === "string" ? { cartId, notFound: notFound("Cart", cartId) } : undefined
}

/** `/store/payment-collections/:id/…`: the cart the collection was made for (the cart ↔ payment collection link). */
export const cartOfPaymentCollection = async (req: AuthenticatedMedusaRequest): Promise<CartOfRequest> => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query
    .graph({ entity: "payment_collection", fields: ["id", "cart_link.cart_id"], filters: { id: req.params.id } })
    .catch(() => ({ data: [] as any[] }))
  const [collection] = data as { id: string; cart_link?: { cart_id?: string | null } | null }[]
  const answer = notFound("Payment collection", req.params.id)
  if (!collection) return { cartId: null, notFound: answer }
  const cartId = collection.cart_link?.cart_id
  return cartId ? { cartId, notFound: answer } : undefined
}

/**
 * The one rule of every store route that acts on one cart (Medusa's `/store/carts/:id/**`
 * and the cart's payment collection), before Medusa's route runs (completion runs in the
 * workflow engine, outside the request):
 *  - an unknown cart, and an organization's cart of somebody else (also a colleague's, or the
 *    caller's own once they left the organization), answer the same 404;
 *  - the cart's own member passes the organization guard (pending, deactivated, suspended,
 *    storefront: its 401/403) and may order or request orders;
 *  - a cart stays on the storefront it is used through (assertCartOnStorefront);
 *  - a cart of no organization (guests, B2C buyers) is used only by whoever the channel it
 *    is in, or is moved into, admits (assertActorAdmitted); the cart hooks judge its recorded
 *    customer as well.
 */
export function guardCart(cartOf: (req: AuthenticatedMedusaRequest) => Promise<CartOfRequest>) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const target = await cartOf(req)
      if (!target) return next()
      // Any failure to read (also an id Postgres cannot take) is an unknown cart.
      const cart = target.cartId ? await cartOwner(req.scope, target.cartId).catch(() => null) : null
      if (!cart) throw target.notFound()
      // The cart workflow this request runs reads the organization from here (workflows/cart/request-facts).
      rememberCartOrganization(req.scope, cart)
      if (cart.organization_id) await assertTheCartsMember(req, cart, target.notFound)
      assertCartOnStorefront(req, cart)
      if (!cart.organization_id) await assertActorAdmitted(req, cart)
      next()
    } catch (error) {
      next(error)
    }
  }
}

async function assertTheCartsMember(req: AuthenticatedMedusaRequest, cart: CartOwner, notFound: () => MedusaError) {
  const actorId = req.auth_context?.actor_id
  if (!actorId || actorId !== cart.customer_id) throw notFound()
  const context = await resolveOrganizationContext(req, { organizationId: cart.organization_id! }).catch((error) => {
    // No longer a member: the organization's cart is no longer theirs.
    throw MedusaError.isMedusaError(error) && error.type === MedusaError.Types.NOT_FOUND ? notFound() : error
  })
  assertPermission(context!, "orders.place", "orders.request")
}

/**
 * A cart stays on the storefront it is used through: Medusa checks the key's sales channels
 * when a cart is created, not when `POST /store/carts/:id` moves it to another channel, so a
 * channel outside the key is refused here. An organization's cart is changed and completed
 * only through a key of its own channel. (Whether the channel admits the cart's owner is the
 * cart hooks' rule, on every update and at completion.)
 */
function assertCartOnStorefront(req: AuthenticatedMedusaRequest, cart: CartOwner) {
  const keyChannels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!keyChannels.length) return
  const requested = requestedChannel(req)
  if (typeof requested === "string" && !keyChannels.includes(requested)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid request: Field 'sales_channel_id' must be a sales channel of this storefront's publishable key",
      REFUSAL.sales_channel_not_on_storefront
    )
  }
  if (cart.organization_id && cart.sales_channel_id && !keyChannels.includes(cart.sales_channel_id)) {
    throw notAdmittedRefusal({ guest: false })
  }
}

const requestedChannel = (req: AuthenticatedMedusaRequest) => {
  const requested = (req.body as { sales_channel_id?: unknown } | undefined)?.sales_channel_id
  return typeof requested === "string" ? requested : undefined
}

/**
 * Access groups (seed 001) for a cart of no organization, judged by who acts: the login, else
 * a guest. The cart's recorded customer is no proof: Medusa gives a guest's cart the
 * registered customer whose e-mail the guest typed, so a guest typing a B2B contact's e-mail
 * would pass as that contact where only the contact is admitted. Checked for the channel the
 * cart is in, or the one the request moves it into, on every route (completion included).
 */
async function assertActorAdmitted(req: AuthenticatedMedusaRequest, cart: CartOwner) {
  const channel = requestedChannel(req) ?? cart.sales_channel_id
  if (!channel) return
  const loggedIn = !!req.auth_context?.actor_id
  // A login that is not its record's e-mail is in no group (lib/login-proof): open channels only.
  const actorId = loggedIn ? await verifiedCustomerId(req) : null
  const admitted = await req.scope
    .resolve<AccessGroupModuleService>(ACCESS_GROUP_MODULE)
    .isAdmitted([channel], { customerId: actorId, guest: !loggedIn })
  if (!admitted) throw notAdmittedRefusal({ guest: !loggedIn })
}
