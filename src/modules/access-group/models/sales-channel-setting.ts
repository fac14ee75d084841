import { model } from "@medusajs/framework/utils"

/**
 * How the plugin treats one sales channel (a storefront). No row means the defaults, which
 * change nothing for any shopper: `organization_carts` false keeps every cart personal unless
 * the storefront names an organization (x-organization-id). True: a logged-in member's cart on
 * this channel is their organization's by default. One row per channel (partial unique index).
 */
const SalesChannelSetting = model
  .define("b2b_sales_channel_setting", {
    id: model.id({ prefix: "scset" }).primaryKey(),
    sales_channel_id: model.text(),
    organization_carts: model.boolean().default(false),
  })
  .indexes([{ on: ["sales_channel_id"], unique: true, where: "deleted_at IS NULL" }])

export default SalesChannelSetting
