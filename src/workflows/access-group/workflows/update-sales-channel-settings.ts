import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { AccessGroupEvents } from "../../../lib/events"
import type { SalesChannelSettings } from "../../../modules/access-group/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { updateSalesChannelSettingsStep } from "../steps/update-sales-channel-settings"

export type UpdateSalesChannelSettingsWorkflowInput = SalesChannelSettings & AdditionalData

export const updateSalesChannelSettingsWorkflowId = "update-sales-channel-settings"

/**
 * The merchant's settings of one sales channel (whether members' carts are organization carts there).
 * Hook `salesChannelSettingsUpdated` receives `{ settings, additional_data }`.
 */
export const updateSalesChannelSettingsWorkflow = createWorkflow(
  updateSalesChannelSettingsWorkflowId,
  (input: UpdateSalesChannelSettingsWorkflowInput) => {
    const settings = updateSalesChannelSettingsStep(withoutAdditionalData(input))
    emitEventStep({
      eventName: AccessGroupEvents.SALES_CHANNEL_SETTINGS_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.sales_channel_id })),
    })
    const salesChannelSettingsUpdated = createHook("salesChannelSettingsUpdated", {
      settings,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(settings, { hooks: [salesChannelSettingsUpdated] })
  }
)
