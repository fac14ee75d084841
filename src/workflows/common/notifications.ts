import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { emailDeliveryOf, NO_EMAIL_PROVIDER_REASON, type EmailDelivery, type EmailOutcome } from "../../lib/notifications"
import type { TemplateName } from "../../lib/options"
import type { NotificationCategory } from "../../lib/permissions"
import { pluginOptions } from "./plugin-options"

// The plugin's e-mails and admin notifications: the Notification module, the store's config
// and the members' preferences (the pure reading of the config is lib/notifications).

export function emailDelivery(container: MedusaContainer): EmailDelivery {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as
    | { modules?: Record<string, unknown> }
    | undefined
  return emailDeliveryOf(config)
}

type Email = {
  to: string
  template: TemplateName
  data: Record<string, unknown>
  /**
   * One e-mail per key (Medusa's notification `idempotency_key`): an event delivered twice, or
   * handled again after a worker died, sends nothing the second time. Subscribers name the event
   * and what it is about (`eventEmailKey`); e-mails sent inside a request need none.
   */
  idempotencyKey?: string
}

/** The key of a subscriber's e-mail: the event, what it is about, and the recipient. */
export const eventEmailKey = (event: string, ...about: (string | number | null | undefined)[]) =>
  ["b2b", event, ...about.map((part) => String(part ?? ""))].join(":")

/**
 * Sends an e-mail through Medusa's Notification module (channel `email`), so any
 * notification provider can render it from `template` and `data`. Throws when it fails.
 */
export async function sendEmail(container: MedusaContainer, { to, template, data, idempotencyKey }: Email) {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: pluginOptions(container).templates[template],
    data,
    ...(idempotencyKey ? { idempotency_key: idempotencyKey } : {}),
  })
}

/**
 * Sends an e-mail and reports what happened, never throwing: the action that asked for it
 * (an invitation, an approval) stands either way, and the admin learns whether the link
 * arrived or must be copied instead. The one way the plugin's e-mails go out.
 */
export async function deliverEmail(container: MedusaContainer, email: Email): Promise<EmailOutcome> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!emailDelivery(container).configured) {
    logger.warn(`E-mail "${email.template}" to ${email.to} not sent: ${NO_EMAIL_PROVIDER_REASON}`)
    return { status: "failed", to: email.to, reason: NO_EMAIL_PROVIDER_REASON }
  }
  try {
    await sendEmail(container, email)
    return { status: "sent", to: email.to }
  } catch (error) {
    const detail = String((error as Error)?.message ?? error).split("\n").filter(Boolean).pop() ?? ""
    logger.error(`E-mail "${email.template}" to ${email.to} failed: ${detail}`)
    return { status: "failed", to: email.to, reason: `The notification provider could not send it: ${detail.slice(0, 200)}` }
  }
}

/**
 * A notification for every admin user in Medusa's dashboard (the bell): channel `feed`,
 * no recipient, `data.title` and `data.description` as the dashboard renders them. A store
 * without a `feed` provider only loses the bell entry, logged.
 */
export async function notifyAdmins(
  container: MedusaContainer,
  {
    title,
    description,
    data = {},
    idempotencyKey,
  }: { title: string; description: string; data?: Record<string, unknown>; idempotencyKey?: string }
) {
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: "",
      channel: "feed",
      template: "admin-ui",
      data: { ...data, title, description },
      ...(idempotencyKey ? { idempotency_key: idempotencyKey } : {}),
    })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Admin notification "${title}" not recorded: ${(error as Error)?.message ?? error}`)
  }
}

/**
 * A member's e-mail address and organization name, or null when the member turned the
 * `category` e-mails off. Removed memberships are read too: their last e-mail says so.
 */
export async function memberRecipient(
  container: MedusaContainer,
  membershipId: string,
  category: NotificationCategory
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [membership],
  } = await query.graph({
    entity: "organization_membership",
    fields: ["id", "status", "notification_preferences", "customer.email", "customer.first_name", "organization.name"],
    filters: { id: membershipId },
    withDeleted: true,
  })
  const preferences = (membership?.notification_preferences ?? {}) as Record<string, boolean>
  if (!membership?.customer?.email || preferences[category] === false) return null
  return {
    email: membership.customer.email as string,
    first_name: (membership.customer.first_name as string | null) ?? null,
    organization_name: (membership.organization?.name as string | undefined) ?? "",
    status: membership.status as string,
  }
}
