// The shop both benchmark stores get (scripts/bench.mjs): the plugin's store and a plain Medusa
// store without the plugin are seeded by this same script, with Medusa's own workflows only, so
// the checkout comparison starts from the same region, product, shipping option and payment
// provider (pp_system_default). Writes what the benchmark needs to BENCH_OUTPUT.
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import fs from "node:fs"
import { createCatalogue, createDelivery, createRegion } from "../demo/shop"

export default async function seedBenchShop({ container }: ExecArgs) {
  const salesChannel = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Bench webshop" })
  const key = await container.resolve(Modules.API_KEY).createApiKeys({
    title: "Bench storefront",
    type: "publishable",
    created_by: "bench",
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })

  const countries = ["nl", "be"]
  const region = await createRegion(container, { name: "Benelux", countries })
  const { shippingOptionId } = await createDelivery(container, {
    warehouse: "Bench warehouse",
    address: { address_1: "Stationsplein 1", city: "Utrecht", country_code: "nl", postal_code: "3511 ED" },
    regionId: region.id,
    countries,
    salesChannelIds: [salesChannel.id],
  })
  const [product] = await createCatalogue(
    container,
    [{ title: "Practice guide: payroll", handle: "practice-guide-payroll", price: 80 }],
    [salesChannel.id]
  )

  // An admin user, as `medusa user` makes one, without booting another app for it.
  const admin = { email: "bench-admin@bench.test", password: "bench-admin-password" }
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: admin } as any)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email: admin.email } },
  })

  fs.writeFileSync(
    process.env.BENCH_OUTPUT!,
    JSON.stringify({
      publishableKey: key.token,
      salesChannelId: salesChannel.id,
      regionId: region.id,
      shippingOptionId,
      variantId: product.variants[0].id,
      admin,
    })
  )
}
