import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountRequestEvents } from "../lib/events"
import { sendEmail } from "../lib/notifications"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"

/** Tells the contact the account exists: with an activation link, or (existing login) to log in. */
export default async function sendAccountRequestApprovedEmail({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; activation_token: string | null }>) {
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [request] = await service.listOrganizationAccountRequests({ id: data.id })
  if (!request) return
  const { storefrontUrl } = service.getPluginOptions()
  await sendEmail(container, {
    to: request.email,
    template: "accountRequestApproved",
    data: {
      first_name: request.first_name,
      company_name: request.company_name,
      activation_url: data.activation_token
        ? `${storefrontUrl}/account/activate?token=${encodeURIComponent(data.activation_token)}`
        : null,
      activation_expires_at: request.activation_expires_at,
      login_url: `${storefrontUrl}/account/login`,
    },
  })
}

export const config: SubscriberConfig = {
  event: AccountRequestEvents.APPROVED,
}
