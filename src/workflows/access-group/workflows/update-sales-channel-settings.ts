import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AccessGroupEvents } from "../../../lib/events"
import type { SalesChannelSettings } from "../../../modules/access-group/types"
import { updateSalesChannelSettingsStep } from "../steps/update-sales-channel-settings"

export const updateSalesChannelSettingsWorkflowId = "update-sales-channel-settings"

/** The merchant's settings of one sales channel (whether members' carts are organization carts there). */
export const updateSalesChannelSettingsWorkflow = createWorkflow(
  updateSalesChannelSettingsWorkflowId,
  (input: SalesChannelSettings) => {
    const settings = updateSalesChannelSettingsStep(input)
    emitEventStep({
      eventName: AccessGroupEvents.SALES_CHANNEL_SETTINGS_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.sales_channel_id })),
    })
    return new WorkflowResponse(settings)
  }
)
