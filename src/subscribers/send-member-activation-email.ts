import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendEmail } from "../lib/notifications"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import { MEMBER_ACTIVATION_MARKER } from "../workflows/organization/send-member-activation"

type PasswordReset = {
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown>
}

/**
 * E-mails the set-password link of a manual activation. Only the reset tokens this plugin
 * asked for (marked in `metadata`) are handled; the store's own password-reset e-mails
 * stay with the store's own subscriber.
 */
export default async function sendMemberActivationEmail({ event: { data }, container }: SubscriberArgs<PasswordReset>) {
  if (data.actor_type !== "customer" || !data.metadata?.[MEMBER_ACTIVATION_MARKER]) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [organization],
  } = await query.graph({
    entity: "organization",
    fields: ["name"],
    filters: { id: data.metadata.organization_id as string },
  })
  const { storefrontUrl } = (container.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).getPluginOptions()
  const params = new URLSearchParams({ token: data.token, email: data.entity_id })
  await sendEmail(container, {
    to: data.entity_id,
    template: "memberActivation",
    data: {
      organization_name: organization?.name ?? "",
      email: data.entity_id,
      // Medusa's reset-password token: the storefront posts it to /auth/customer/emailpass/update.
      set_password_url: `${storefrontUrl}/account/set-password?${params}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
}
