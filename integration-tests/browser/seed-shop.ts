// `medusa exec` script for the browser tests: a region, a shipping option and a product in the
// default sales channel (the shop the HTTP checkout tests use), marked for organization carts, written as JSON to
// $B2B_BROWSER_SEED_OUT for the spec.
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import { updateSalesChannelSettingsWorkflow } from "../../src/workflows/access-group"
import { createShop } from "../helpers/checkout"

export default async function seedShop({ container }: ExecArgs) {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
  const shop = await createShop(container, [channel.id])
  // The B2B shop of these tests: members' carts are their organization's (the merchant's setting).
  await updateSalesChannelSettingsWorkflow(container).run({ input: { sales_channel_id: channel.id, organization_carts: true } })
  fs.writeFileSync(process.env.B2B_BROWSER_SEED_OUT!, JSON.stringify({ ...shop, salesChannelId: channel.id }))
}
