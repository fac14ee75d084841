import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ApprovalEvents } from "../lib/events"
import { eventEmailKey, memberRecipient, sendEmail } from "../workflows/common/notifications"
import { pluginOptions } from "../workflows/common/plugin-options"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"

/**
 * A new request goes to the organization's approvers (orders.approve), the decision (or the
 * expiry, by the scheduled job) to the requester; each only with their `orders` e-mails on. Both show the cart as requested (the
 * request's snapshot: lines, totals, address), never the live cart, which may have changed.
 */
export default async function sendApprovalEmails({ event, container }: SubscriberArgs<{ id: string; organization_id: string }>) {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [approval] = await approvals.listApprovalRequests({ id: event.data.id })
  if (!approval) return
  const { storefrontUrl } = pluginOptions(container)
  const link = `${storefrontUrl}/account/approvals/${approval.id}`
  const requested = approval.snapshot
  const summary = {
    approval_id: approval.id,
    total: Number(approval.total),
    currency_code: approval.currency_code,
    url: link,
    items: requested?.items ?? [],
    shipping_address: requested?.shipping_address ?? null,
    shipping_total: requested?.shipping_total ?? null,
    tax_total: requested?.tax_total ?? null,
  }

  if (event.name === ApprovalEvents.REQUESTED) {
    const requester = await memberRecipient(container, approval.requested_by, "general")
    const approvers = await organizations.listMembershipsWithPermission(approval.organization_id, "orders.approve")
    for (const approver of approvers) {
      if (approver.id === approval.requested_by) continue
      const recipient = await memberRecipient(container, approver.id, "orders")
      if (!recipient) continue
      await sendEmail(container, {
        to: recipient.email,
        template: "approvalRequested",
        data: { ...summary, organization_name: recipient.organization_name, requested_by: requester?.email ?? null, reasons: approval.reasons },
        idempotencyKey: eventEmailKey(event.name, approval.id, approver.id),
      })
    }
    return
  }
  const recipient = await memberRecipient(container, approval.requested_by, "orders")
  if (!recipient) return
  await sendEmail(container, {
    to: recipient.email,
    template: "approvalDecided",
    data: { ...summary, organization_name: recipient.organization_name, status: approval.status, comment: approval.comment },
    idempotencyKey: eventEmailKey(event.name, approval.id),
  })
}

export const config: SubscriberConfig = {
  event: [ApprovalEvents.REQUESTED, ApprovalEvents.APPROVED, ApprovalEvents.REJECTED, ApprovalEvents.EXPIRED],
}
