import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jobSchedule } from "../lib/job-schedule"
import { spendOfOrder } from "../workflows/approval/utils/spend-of-order"
import { approvalService, organizationService } from "../workflows/common/module-services"
import { recordOrganizationOrderWorkflow } from "../workflows/organization/workflows/record-organization-order"

const name = "b2b-settle-spending-reservations"
/** The normal path records an order within a second of its checkout's answer; leave it that long and more. */
const GRACE_MS = 30_000
const BATCH = 200

/**
 * Every minute: a reservation is a completion in flight. One whose cart became an order that
 * has no organization record yet (its server died between Medusa's order and `order.placed`)
 * gets its record now, from what the completion verified, and stops counting as held;
 * one expired without an order (a completion that failed) is dropped.
 */
export default async function settleSpendingReservations(container: MedusaContainer, context?: { scheduledFor: Date }) {
  const approvals = approvalService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stale = await approvals.listSpendingReservations(
    { created_at: { $lt: new Date(Date.now() - GRACE_MS) } },
    { select: ["cart_id"], take: BATCH, order: { created_at: "ASC" } }
  )
  const cartIds = stale.map((reservation) => reservation.cart_id)
  const { data: orderCarts } = cartIds.length
    ? await query.graph({ entity: "order_cart", fields: ["order_id", "cart_id"], filters: { cart_id: cartIds } })
    : { data: [] as { order_id: string; cart_id: string }[] }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ordered: string[] = []
  for (const { order_id } of orderCarts) {
    // Idempotent: an order recorded meanwhile is left as it is.
    const { errors } = await recordOrganizationOrderWorkflow(container).run({ input: { order_id }, throwOnError: false })
    if (errors.length) logger.warn(`[b2b-accounts] ${name}: order ${order_id} not recorded yet: ${errors[0].error?.message}`)
    else ordered.push(order_id as string)
  }
  // An order recorded before a crash took the rest of its workflow: its spend goes to the ledger
  // now, from its record, and its reservation goes (once per order, whoever is first).
  if (ordered.length) {
    const records = await organizationService(container).listOrganizationOrders({ order_id: ordered })
    await approvals.recordSpending(records.map(spendOfOrder))
  }
  // Expired ones of orders that failed to record stay for the next tick.
  const purged = await approvals.purgeExpiredReservations(orderCarts.map((orderCart) => orderCart.cart_id as string))
  logger.info(`[b2b-accounts] ${name} tick ${(context?.scheduledFor ?? new Date()).toISOString()}: ${ordered.length} settled, ${purged} purged`)
}

export const config = { name, schedule: jobSchedule("* * * * *", process.env.B2B_JOB_INTERVAL_MS) }
