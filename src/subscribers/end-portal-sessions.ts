import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OrganizationEvents } from "../lib/events"
import { endPortalSessionsWorkflow } from "../workflows/portal-access"

/**
 * A suspended or deleted organization's portal sessions end for good. (Each portal request
 * checks the organization too, so they are refused at once; this keeps them from coming
 * back when the suspension is lifted.)
 */
export default async function endPortalSessions({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === OrganizationEvents.UPDATED) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "organization", fields: ["id", "status"], filters: { id: event.data.id } })
    if (data[0]?.status !== "suspended") return
  }
  await endPortalSessionsWorkflow(container).run({ input: { organization_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [OrganizationEvents.UPDATED, OrganizationEvents.DELETED] }
