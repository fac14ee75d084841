import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { afterCheckoutAnswers } from "../api/utils/checkout-answers"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import { recordOrganizationOrderWorkflow } from "../workflows/organization/workflows/record-organization-order"

/**
 * `order.placed` is what Medusa's checkout (completeCartWorkflow) emits for every new order,
 * so the organization record is written on the normal path. Later status changes are
 * copied, so the organization's order list filters by status in one table, and to the spending
 * ledger, where a canceled order stops counting.
 */
export default async function recordOrganizationOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === OrderWorkflowEvents.PLACED) {
    // After the checkout's own answer (api/utils/checkout-answers): nobody waits for this record.
    await afterCheckoutAnswers()
    await recordOrganizationOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    return
  }
  const service: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [record] = await service.listOrganizationOrders({ order_id: event.data.id }, { select: ["id"] })
  if (!record) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["status"], filters: { id: event.data.id } })
  if (!order) return
  await service.updateOrganizationOrders({ id: record.id, status: order.status })
  // The ledger's copy: a canceled order's spend stops counting against the member's limit.
  await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).setRecordedOrderStatus(event.data.id, order.status)
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.COMPLETED,
    OrderWorkflowEvents.ARCHIVED,
  ],
}
