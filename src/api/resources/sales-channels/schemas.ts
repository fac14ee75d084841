import { z } from "zod"

/** How the plugin treats one sales channel (defaults when the merchant set nothing). */
export const salesChannelSettings = z.strictObject({
  sales_channel_id: z.string(),
  organization_carts: z.boolean(),
})
export const salesChannelSettingsResponse = z.strictObject({ b2b_settings: salesChannelSettings })
