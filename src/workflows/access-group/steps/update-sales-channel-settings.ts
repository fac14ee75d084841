import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SalesChannelSettings } from "../../../modules/access-group/types"
import { accessGroupService } from "../../common/module-services"

export const updateSalesChannelSettingsStepId = "update-sales-channel-settings"

/** Writes a sales channel's settings (404 for an unknown channel); compensation restores the previous ones. */
export const updateSalesChannelSettingsStep = createStep(
  updateSalesChannelSettingsStepId,
  async (settings: SalesChannelSettings, { container }) => {
    await container.resolve(Modules.SALES_CHANNEL).retrieveSalesChannel(settings.sales_channel_id, { select: ["id"] })
    const previous = await accessGroupService(container).upsertSalesChannelSettings(settings)
    return new StepResponse(settings, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await accessGroupService(container).upsertSalesChannelSettings(previous)
  }
)
