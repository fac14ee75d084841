import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import type { NotificationCategory } from "./permissions"
import type { TemplateName } from "./options"

/**
 * Sends an e-mail through Medusa's Notification module (channel `email`), so any
 * notification provider can render it from `template` and `data`.
 */
export async function sendEmail(
  container: MedusaContainer,
  { to, template, data }: { to: string; template: TemplateName; data: Record<string, unknown> }
) {
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: organizations.getPluginOptions().templates[template],
    data,
  })
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
