import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountRequestEvents } from "../lib/events"
import { sendEmail } from "../lib/notifications"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"

export default async function sendAccountRequestRejectedEmail({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [request] = await service.listOrganizationAccountRequests({ id: data.id })
  if (!request) return
  await sendEmail(container, {
    to: request.email,
    template: "accountRequestRejected",
    data: { first_name: request.first_name, company_name: request.company_name, reason: request.reason },
  })
}

export const config: SubscriberConfig = {
  event: AccountRequestEvents.REJECTED,
}
