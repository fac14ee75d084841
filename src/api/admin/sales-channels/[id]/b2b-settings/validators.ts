import { z } from "zod"

/** `POST /admin/sales-channels/:id/b2b-settings`. */
export const AdminUpdateSalesChannelSettings = z.object({ organization_carts: z.boolean() }).strict()

export type AdminUpdateSalesChannelSettingsType = z.infer<typeof AdminUpdateSalesChannelSettings>
