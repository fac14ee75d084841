import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrganizationEvents } from "../lib/events"
import { createEntitlementsFromOrderWorkflow, freeSeatsWorkflow } from "../workflows/entitlement"

/**
 * Seats follow the organization: an order that bought subscriptions or trainings becomes
 * entitlements (the normal checkout path: order.placed → organization.order_placed), and a
 * removed member's seats are freed.
 */
export default async function entitlementsOnOrganizationEvents({
  event,
  container,
}: SubscriberArgs<{ id: string; organization_id: string; order_id?: string }>) {
  if (event.name === OrganizationEvents.ORDER_PLACED) {
    await createEntitlementsFromOrderWorkflow(container).run({
      input: { order_id: event.data.order_id!, organization_id: event.data.organization_id },
    })
    return
  }
  await freeSeatsWorkflow(container).run({
    input: { organization_id: event.data.organization_id, membership_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: [OrganizationEvents.ORDER_PLACED, OrganizationEvents.MEMBER_REMOVED],
}
