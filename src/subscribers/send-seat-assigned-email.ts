import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EntitlementEvents } from "../lib/events"
import { eventEmailKey, memberRecipient, sendEmail } from "../workflows/common/notifications"
import { ENTITLEMENT_MODULE } from "../modules/entitlement"
import type EntitlementModuleService from "../modules/entitlement/service"
import { pluginOptions } from "../workflows/common/plugin-options"

/** A member given a seat is told (their `general` e-mails on); outside participants are not e-mailed by the shop. */
export default async function sendSeatAssignedEmail({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; entitlement_id: string; membership_id: string | null }>) {
  if (!data.membership_id) return
  const recipient = await memberRecipient(container, data.membership_id, "general")
  if (!recipient) return
  const [entitlement] = await (container.resolve(ENTITLEMENT_MODULE) as EntitlementModuleService).listEntitlements({
    id: data.entitlement_id,
  })
  if (!entitlement) return
  const { storefrontUrl } = pluginOptions(container)
  await sendEmail(container, {
    to: recipient.email,
    template: "seatAssigned",
    data: {
      first_name: recipient.first_name,
      organization_name: recipient.organization_name,
      title: entitlement.title,
      kind: entitlement.kind,
      ends_at: entitlement.ends_at,
      library_url: `${storefrontUrl}/account/library`,
    },
    // The seat's own id: a seat given again after it was freed is a new one, and a new e-mail.
    idempotencyKey: eventEmailKey(name, data.id),
  })
}

export const config: SubscriberConfig = {
  event: EntitlementEvents.SEAT_ASSIGNED,
}
