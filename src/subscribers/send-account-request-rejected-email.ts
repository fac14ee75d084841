import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountRequestEvents } from "../lib/events"
import { eventEmailKey, sendEmail } from "../workflows/common/notifications"
import { ACCOUNT_REQUEST_MODULE } from "../modules/account-request"
import type AccountRequestModuleService from "../modules/account-request/service"

export default async function sendAccountRequestRejectedEmail({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const service: AccountRequestModuleService = container.resolve(ACCOUNT_REQUEST_MODULE)
  const [request] = await service.listOrganizationAccountRequests({ id: data.id })
  if (!request) return
  await sendEmail(container, {
    to: request.email,
    template: "accountRequestRejected",
    data: { first_name: request.first_name, company_name: request.company_name, reason: request.reason },
    idempotencyKey: eventEmailKey(name, request.id, request.email),
  })
}

export const config: SubscriberConfig = {
  event: AccountRequestEvents.REJECTED,
}
