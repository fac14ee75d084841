import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cartOwner } from "../../../workflows/cart/cart-rules"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import { memberOrderFilter } from "../../resources/orders/reads"
import { listInOrganization } from "../../utils/graph"
import { resolveOrganizationContext, type OrganizationRequest } from "../../utils/organization-guard"

/** Medusa's own answer for an order id it does not know (its query's wording), word for word. */
const unknownOrder = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${id}`)

type OrderOwner = { organization_id: string; recorded: boolean; customer_id: string | null }

/**
 * The organization an order was placed for: its organization record, or, in the second
 * before the subscriber writes that record (src/subscribers/record-organization-order.ts),
 * the organization of the cart it was placed from. Null for an order of no organization.
 */
async function orderOwner(req: AuthenticatedMedusaRequest, orderId: string): Promise<OrderOwner | null> {
  const service: OrganizationModuleService = req.scope.resolve(ORGANIZATION_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[record], { data: [orderCart] }] = await Promise.all([
    service.listOrganizationOrders({ order_id: orderId }, { select: ["organization_id"] }),
    query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } }),
  ])
  if (record) return { organization_id: record.organization_id, recorded: true, customer_id: null }
  if (!orderCart) return null
  const cart = await cartOwner(req.scope, orderCart.cart_id).catch(() => null)
  return cart?.organization_id ? { organization_id: cart.organization_id, recorded: false, customer_id: cart.customer_id } : null
}

/**
 * Medusa answers `GET /store/orders/:id` (and the order in a transfer request's answer) to
 * anyone holding the id. An organization's order is shown only to a member who may see it
 * by the organization's rule (seed 000: admins and orders.view_all all of them, others their
 * own and their locations'), through the one guard; anyone else, anonymous included, gets
 * Medusa's answer for an unknown order. Orders of no organization stay Medusa's.
 */
async function onlyWhoMaySeeTheOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const orderId = req.params.id
    // An id the database cannot read is an unknown order, not a way past the rule.
    const owner = await orderOwner(req, orderId).catch(() => {
      throw unknownOrder(orderId)
    })
    if (!owner) return next()
    const context = await resolveOrganizationContext(req, { organizationId: owner.organization_id }).catch((error) => {
      // Not logged in, no member, or a member who may not act now: all the same to the caller.
      throw MedusaError.isMedusaError(error) ? unknownOrder(orderId) : error
    })
    ;(req as OrganizationRequest).organization_context = context!
    if (!(await maySee(req, owner, orderId))) throw unknownOrder(orderId)
    next()
  } catch (error) {
    next(error)
  }
}

/** The organization's order list's own rule (memberOrderFilter), asked for this one order. */
async function maySee(req: AuthenticatedMedusaRequest, owner: OrderOwner, orderId: string) {
  const { permissions } = (req as OrganizationRequest).organization_context
  if (!owner.recorded) {
    // Not recorded yet (location and member unknown): whoever sees all, and the one who placed it.
    return permissions.includes("orders.view_all") || owner.customer_id === req.auth_context?.actor_id
  }
  const context = (req as OrganizationRequest).organization_context
  const filter = await memberOrderFilter(req.scope, context)
  const { data } = await listInOrganization(req.scope, "organization_order", context.organization_id, {
    fields: ["id"],
    filters: { ...filter, order_id: orderId },
    pagination: { skip: 0, take: 1 },
  })
  return data.length > 0
}

export const storeOrderRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [onlyWhoMaySeeTheOrder] },
  // A transfer request answers with the whole order too; who may not see it cannot ask for it.
  { method: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [onlyWhoMaySeeTheOrder] },
  { method: ["POST"], matcher: "/store/orders/:id/transfer/cancel", middlewares: [onlyWhoMaySeeTheOrder] },
]
