import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import AccessGroupModule from "../modules/access-group"

// A fixed table name: the store guard checks group access with one query on it.
export default defineLink(
  { linkable: AccessGroupModule.linkable.organizationAccessGroup, isList: true },
  { linkable: SalesChannelModule.linkable.salesChannel, isList: true },
  { database: { table: "b2b_access_group_sales_channel" } }
)
