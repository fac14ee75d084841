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
import { cartOwner } from "../../../lib/cart-rules"
import { countCheckoutAnswer } from "../../../lib/checkout-answers"
import { REFUSAL } from "../../../lib/refusal-codes"
import { refusal } from "../../../lib/refusal"
import { assertPermission, requireOrganizationMember, resolveOrganizationContext } from "../../utils/organization-guard"
import { retrieveApprovalQuery } from "../../query-config/approvals"
import { cartOfBody, cartOfPath, cartOfPaymentCollection, guardCart } from "./cart-guard"

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

const CART_METHODS: MiddlewareRoute["method"] = ["GET", "POST", "DELETE"]

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [resolveCartOrganization] },
  // Every route of one cart, Medusa's and the plugin's, through the one cart guard.
  { method: CART_METHODS, matcher: "/store/carts/:id", middlewares: [guardCart(cartOfPath)] },
  { method: CART_METHODS, matcher: "/store/carts/:id/*", middlewares: [guardCart(cartOfPath)] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [guardCart(cartOfBody)] },
  { method: CART_METHODS, matcher: "/store/payment-collections/:id/*", middlewares: [guardCart(cartOfPaymentCollection)] },
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
