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
import { organizationCart } from "../../../lib/cart-rules"
import { assertPermission, resolveOrganizationContext } from "../../utils/organization-guard"
import { retrieveApprovalQuery } from "../../utils/query-configs"

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
    const cart = await organizationCart(req.scope, req.params.id).catch(() => null)
    if (cart?.organization_id && req.auth_context?.actor_id !== cart.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only the member this organization cart belongs to can change or complete it"
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [resolveCartOrganization] },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id", middlewares: [onlyTheCartsMember] },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/*", middlewares: [onlyTheCartsMember] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/approval",
    middlewares: [authenticate("customer", ["session", "bearer"]), retrieveApprovalQuery],
  },
]
