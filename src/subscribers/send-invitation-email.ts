import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OrganizationEvents } from "../lib/events"
import { sendEmail } from "../lib/notifications"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"

type InvitationCreated = { id: string; organization_id: string; token: string; resent: boolean }

/** Invitations always go out: the invitee has no preferences yet. */
export default async function sendInvitationEmail({
  event: { data },
  container,
}: SubscriberArgs<InvitationCreated>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [invitation],
  } = await query.graph({
    entity: "organization_invitation",
    fields: ["id", "email", "role", "expires_at", "organization.name"],
    filters: { id: data.id },
  })
  if (!invitation) return

  const { storefrontUrl } = (
    container.resolve(ORGANIZATION_MODULE) as OrganizationModuleService
  ).getPluginOptions()
  await sendEmail(container, {
    to: invitation.email,
    template: "invitation",
    data: {
      organization_name: invitation.organization?.name,
      role: invitation.role,
      expires_at: invitation.expires_at,
      resent: data.resent,
      // Built from the configured storefront URL, never from a request's Host header.
      accept_url: `${storefrontUrl}/invitations/accept?token=${encodeURIComponent(data.token)}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: OrganizationEvents.INVITATION_CREATED,
}
