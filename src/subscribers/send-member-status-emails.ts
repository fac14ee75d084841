import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrganizationEvents } from "../lib/events"
import { eventEmailKey, memberRecipient, sendEmail } from "../workflows/common/notifications"

type MemberEvent = { id: string; organization_id: string; changed?: string[]; updated_at?: string | Date }

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
    // A removal is final (a member added again is a new membership); a deactivation is one
    // change of the membership (deactivated, reactivated and deactivated again: two e-mails).
    idempotencyKey: removed
      ? eventEmailKey(name, data.id)
      : data.updated_at
        ? eventEmailKey(name, data.id, "deactivated", new Date(data.updated_at).toISOString())
        : undefined,
  })
}

export const config: SubscriberConfig = {
  event: [OrganizationEvents.MEMBER_REMOVED, OrganizationEvents.MEMBER_UPDATED],
}
