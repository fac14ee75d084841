import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrganizationEvents } from "../lib/events"
import { memberRecipient, sendEmail } from "../workflows/common/notifications"

type MemberEvent = { id: string; organization_id: string; changed?: string[] }

/** Tells a member they were removed or deactivated, unless they turned `general` e-mails off. */
export default async function sendMemberStatusEmails({
  event: { name, data },
  container,
}: SubscriberArgs<MemberEvent>) {
  const removed = name === OrganizationEvents.MEMBER_REMOVED
  if (!removed && !data.changed?.includes("status")) return

  const recipient = await memberRecipient(container, data.id, "general")
  if (!recipient || (!removed && recipient.status !== "deactivated")) return

  await sendEmail(container, {
    to: recipient.email,
    template: removed ? "memberRemoved" : "memberDeactivated",
    data: { first_name: recipient.first_name, organization_name: recipient.organization_name },
  })
}

export const config: SubscriberConfig = {
  event: [OrganizationEvents.MEMBER_REMOVED, OrganizationEvents.MEMBER_UPDATED],
}
