import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountRequestEvents } from "../lib/events"
import { deliverEmail, eventEmailKey, notifyAdmins } from "../workflows/common/notifications"
import { ACCOUNT_REQUEST_MODULE } from "../modules/account-request"
import type AccountRequestModuleService from "../modules/account-request/service"

/**
 * A new account request: the merchant sees it in the dashboard's notification bell (channel
 * `feed`), and the requester gets an acknowledgement (template `accountRequestReceived`:
 * first_name, company_name). Not tied to an admin action, so it runs after the request answered.
 * A self-registration approved at once gets only the approval e-mail.
 */
export default async function sendAccountRequestReceived({ event: { name, data }, container }: SubscriberArgs<{ id: string }>) {
  const service: AccountRequestModuleService = container.resolve(ACCOUNT_REQUEST_MODULE)
  const [request] = await service.listOrganizationAccountRequests({ id: data.id })
  if (!request) return
  await notifyAdmins(container, {
    title: "New account request",
    description: `${request.company_name} (${request.first_name} ${request.last_name}, ${request.email}) asks for a business account.`,
    data: { account_request_id: request.id, url: `/account-requests/${request.id}` },
    idempotencyKey: eventEmailKey(name, request.id, "feed"),
  })
  if (request.status !== "pending") return
  await deliverEmail(container, {
    to: request.email,
    template: "accountRequestReceived",
    data: { first_name: request.first_name, company_name: request.company_name },
    idempotencyKey: eventEmailKey(name, request.id, request.email),
  })
}

export const config: SubscriberConfig = {
  event: AccountRequestEvents.CREATED,
}
