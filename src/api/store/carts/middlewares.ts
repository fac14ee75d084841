import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { asValue } from "@medusajs/framework/awilix"
import { MedusaError } from "@medusajs/framework/utils"
import { CART_ORGANIZATION_CONTEXT, type CartOrganizationContext } from "../../../lib/cart-organization"
import { NOT_ADMITTED_CODE, NOT_ADMITTED_MESSAGE } from "../../../lib/access-groups"
import { cartOwner, rememberCartOrganization, type CartOwner } from "../../../lib/cart-rules"
import { countCheckoutAnswer } from "../../../lib/checkout-answers"
import { REFUSAL } from "../../../lib/refusal-codes"
import { refusal } from "../../../lib/refusal"
import { assertPermission, requireOrganizationMember, resolveOrganizationContext } from "../../utils/organization-guard"
import { retrieveApprovalQuery } from "../../query-config/approvals"

/**
 * Medusa's own `POST /store/carts`, extended: a logged-in member's cart is for the
 * organization the shared guard resolves (x-organization-id header, or their only one), and
 * only if they may order or request orders there. The `cartCreated` hook links it.
 */
async function resolveCartOrganization(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (req.auth_context?.actor_id) {
      const context = await resolveOrganizationContext(req, { optional: true })
      if (context) {
        assertPermission(context, "orders.place", "orders.request")
        const value: CartOrganizationContext = {
          organization_id: context.organization_id,
          membership_id: context.membership.id,
        }
        req.scope.register(CART_ORGANIZATION_CONTEXT, asValue(value))
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * An organization's cart is changed and completed only by its own member (a cart id is no
 * credential): checked before Medusa's cart routes run, as completion runs in the workflow
 * engine, outside the request. Other carts pass untouched.
 */
async function onlyTheCartsMember(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartOwner(req.scope, req.params.id).catch(() => null)
    // The cart workflow this request runs reads the organization from here (lib/cart-rules).
    if (cart) rememberCartOrganization(req.scope, cart)
    if (cart?.organization_id && req.auth_context?.actor_id !== cart.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only the member this organization cart belongs to can change or complete it",
        REFUSAL.cart_member_only
      )
    }
    assertCartOnStorefront(req, cart)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Medusa's `GET /store/carts/:id` serves any cart to whoever has its id; an organization's
 * cart is read only by its own member (approvers see cart ids). Another's answers 404, as an
 * unknown id. Carts without an organization pass untouched (guests read theirs by id).
 */
async function onlyTheCartsMemberReads(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartOwner(req.scope, req.params.id).catch(() => null)
    if (cart?.organization_id && req.auth_context?.actor_id !== cart.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * A cart stays on the storefront it is used through: Medusa checks the key's sales channels
 * when a cart is created, not when `POST /store/carts/:id` moves it to another channel, so a
 * channel outside the key is refused here (where the access groups might not admit the
 * organization or customer, or prices and stock differ). An organization's cart is changed
 * and completed only through a key of its own channel.
 */
function assertCartOnStorefront(req: AuthenticatedMedusaRequest, cart: CartOwner | null) {
  const keyChannels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!keyChannels.length) return
  const requested = (req.body as { sales_channel_id?: unknown } | undefined)?.sales_channel_id
  if (typeof requested === "string" && !keyChannels.includes(requested)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid request: Field 'sales_channel_id' must be a sales channel of this storefront's publishable key",
      REFUSAL.sales_channel_not_on_storefront
    )
  }
  if (cart?.organization_id && cart.sales_channel_id && !keyChannels.includes(cart.sales_channel_id)) {
    throw refusal(NOT_ADMITTED_CODE, NOT_ADMITTED_MESSAGE)
  }
}

/**
 * The organization `/store/carts/:id/approval` acts for is the cart's (404 for an unknown
 * cart, 400 `organization_cart_required` for a cart of none); the guard then checks the
 * member there, as on the organization's own routes.
 */
async function organizationOfCart(req: AuthenticatedMedusaRequest) {
  const cart = await cartOwner(req.scope, req.params.id).catch(() => null)
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  if (!cart.organization_id) {
    throw refusal(REFUSAL.organization_cart_required, "Only a cart created for an organization can be sent for approval")
  }
  return cart.organization_id
}

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [resolveCartOrganization] },
  { method: ["GET"], matcher: "/store/carts/:id", middlewares: [onlyTheCartsMemberReads] },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id", middlewares: [onlyTheCartsMember] },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/*", middlewares: [onlyTheCartsMember] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [countCheckoutAnswer] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/approval",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      requireOrganizationMember(["orders.request", "orders.place"], { organizationOf: organizationOfCart }),
      retrieveApprovalQuery.store,
    ],
  },
]
