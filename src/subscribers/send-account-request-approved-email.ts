import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountRequestEvents } from "../lib/events"
import { sendEmail } from "../lib/notifications"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"

/**
 * Tells the contact the account exists, with the single-use link that makes their membership
 * act (it stays `pending` until then). Template data (`accountRequestApproved`):
 *   first_name, company_name, login_url, activation_expires_at, and exactly one of
 *   - activation_url (`/account/activate?token=…`): the e-mail had no login with a password;
 *     the storefront posts `{ token, password }` to POST /store/activations;
 *   - confirm_url (`/account/confirm?token=…`): the e-mail has a login; the storefront posts
 *     `{ token }` while logged in as it, or `{ token, password }` to set a new password
 *     (for whoever never chose the existing one); the other one is null.
 */
export default async function sendAccountRequestApprovedEmail({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; activation_token: string; existing_login?: boolean }>) {
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [request] = await service.listOrganizationAccountRequests({ id: data.id })
  if (!request) return
  const { storefrontUrl } = service.getPluginOptions()
  const link = (page: string) => `${storefrontUrl}/account/${page}?token=${encodeURIComponent(data.activation_token)}`
  await sendEmail(container, {
    to: request.email,
    template: "accountRequestApproved",
    data: {
      first_name: request.first_name,
      company_name: request.company_name,
      activation_url: data.existing_login ? null : link("activate"),
      confirm_url: data.existing_login ? link("confirm") : null,
      activation_expires_at: request.activation_expires_at,
      login_url: `${storefrontUrl}/account/login`,
    },
  })
}

export const config: SubscriberConfig = {
  event: AccountRequestEvents.APPROVED,
}
