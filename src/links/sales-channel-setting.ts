import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import AccessGroupModule from "../modules/access-group"

// Read-only: the sales channel a setting is for (`b2b_sales_channel_setting.sales_channel`).
export default defineLink(
  { linkable: AccessGroupModule.linkable.b2bSalesChannelSetting, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
