import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EntitlementEvents } from "../lib/events"
import { eventEmailKey, memberRecipient, sendEmail } from "../workflows/common/notifications"
import { entitlementService, organizationService } from "../workflows/common/module-services"
import { pluginOptions } from "../workflows/common/plugin-options"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A subscription ends soon (the scheduled reminder): each member who may manage the
 * organization's subscriptions (entitlements.manage), with `general` e-mails on, is told once
 * per end date; the key names the end date, so an extended subscription is announced again.
 */
export default async function sendSubscriptionEndingEmails({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; organization_id: string; ends_at: string | Date }>) {
  const [entitlement] = await entitlementService(container).listEntitlements({ id: data.id })
  if (!entitlement?.ends_at) return
  const endsAt = new Date(entitlement.ends_at)
  // Extended or shortened since the reminder was claimed: the next run announces the new date.
  if (endsAt.getTime() !== new Date(data.ends_at).getTime()) return
  const { storefrontUrl } = pluginOptions(container)
  const managers = await organizationService(container).listMembershipsWithPermission(data.organization_id, "entitlements.manage")
  for (const manager of managers) {
    const recipient = await memberRecipient(container, manager.id, "general")
    if (!recipient) continue
    await sendEmail(container, {
      to: recipient.email,
      template: "subscriptionEnding",
      data: {
        first_name: recipient.first_name,
        organization_name: recipient.organization_name,
        title: entitlement.title,
        ends_at: endsAt.toISOString(),
        days_left: Math.max(0, Math.ceil((endsAt.getTime() - Date.now()) / DAY_MS)),
        url: `${storefrontUrl}/account/${data.organization_id}/subscriptions`,
      },
      idempotencyKey: eventEmailKey(name, entitlement.id, endsAt.toISOString(), manager.id),
    })
  }
}

export const config: SubscriberConfig = {
  event: EntitlementEvents.ENDING,
}
