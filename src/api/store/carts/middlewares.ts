import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rememberCartBuyer, withCartBuyer, type CartBuyer, type CartOrganization } from "../../../workflows/cart/request-facts"
import { cartOwner } from "../../../workflows/cart/cart-rules"
import { countCheckoutAnswer } from "../../utils/checkout-answers"
import { REFUSAL } from "../../../lib/refusal-codes"
import { refusal } from "../../../lib/refusal"
import {
  assertPermission,
  ORGANIZATION_HEADER,
  requireOrganizationMember,
  resolveOrganizationContext,
} from "../../utils/organization-guard"
import { verifiedCustomerId } from "../../utils/verified-customer"
import { retrieveApprovalQuery } from "../../resources/approvals/query-config"
import { cartOfBody, cartOfPath, cartOfPaymentCollection, guardCart } from "./cart-guard"

/**
 * Who buys, for the cart workflows' hooks (workflows/cart/request-facts), on the two routes that give
 * a cart its buyer: Medusa's `POST /store/carts` and its guest → login transfer
 * (`POST /store/carts/:id/customer`). Only HTTP facts: the login (and whether it proves its
 * e-mail), and the organization the storefront names in x-organization-id, checked by the
 * shared guard (404 for none of theirs; its 403s) with the right to order or request orders.
 * Whether the cart is the organization's is the hooks' decision (workflows/cart/cart-rules, organizationForCart).
 */
async function identifyCartBuyer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const loggedIn = !!req.auth_context?.actor_id
    const header = req.headers[ORGANIZATION_HEADER]
    let named: CartOrganization | null = null
    if (loggedIn && typeof header === "string" && header) {
      const context = (await resolveOrganizationContext(req, { organizationId: header }))!
      assertPermission(context, "orders.place", "orders.request")
      named = { organization_id: context.organization_id, membership_id: context.membership.id }
    }
    const buyer: CartBuyer = { logged_in: loggedIn, customer_id: loggedIn ? await verifiedCustomerId(req) : null, named }
    rememberCartBuyer(req.scope, buyer)
    if (req.params.id) {
      // The transfer runs in the workflow engine: the buyer goes along in its input
      // (workflows/cart/request-facts), added after Medusa's validation of the body (which refuses a
      // client's own `additional_data` on this route), so only this value reaches the hook.
      const validated = req.validatedBody as { additional_data?: unknown } | undefined
      if (validated) validated.additional_data = withCartBuyer(validated.additional_data, buyer)
    }
    next()
  } catch (error) {
    next(error)
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
    throw refusal(REFUSAL.organization_cart_required, "This cart is your own purchase, not your organization's: it needs no approval, you can complete it yourself")
  }
  return cart.organization_id
}

const CART_METHODS: MiddlewareRoute["method"] = ["GET", "POST", "DELETE"]

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [identifyCartBuyer] },
  // Every route of one cart, Medusa's and the plugin's, through the one cart guard.
  { method: CART_METHODS, matcher: "/store/carts/:id", middlewares: [guardCart(cartOfPath)] },
  { method: CART_METHODS, matcher: "/store/carts/:id/*", middlewares: [guardCart(cartOfPath)] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [guardCart(cartOfBody)] },
  { method: CART_METHODS, matcher: "/store/payment-collections/:id/*", middlewares: [guardCart(cartOfPaymentCollection)] },
  { method: ["POST"], matcher: "/store/carts/:id/customer", middlewares: [identifyCartBuyer] },
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
