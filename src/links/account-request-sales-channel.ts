import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import AccountRequestModule from "../modules/account-request"

// Read-only: the storefront's sales channel the request came through (`account_request.sales_channel`).
export default defineLink(
  { linkable: AccountRequestModule.linkable.organizationAccountRequest, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
