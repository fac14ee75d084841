// Shop primitives (region with taxes, delivery, catalogue) made with Medusa's own workflows.
// The demo seed wraps them in look-ups so it can run twice; HTTP tests call them directly.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/** A euro region paid with Medusa's system payment provider, with system tax regions. */
export async function createRegion(container: MedusaContainer, { name, countries }: { name: string; countries: string[] }) {
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name, currency_code: "eur", countries, payment_providers: ["pp_system_default"] }],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  return result[0]
}

/** The default shipping profile, made when the store has none yet. */
export async function defaultShippingProfile(container: MedusaContainer) {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (profile) return profile
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  return result[0]
}

/**
 * A warehouse that ships (manual fulfillment) to `countries` for the given sales channels,
 * with one flat-rate shipping option.
 */
export async function createDelivery(
  container: MedusaContainer,
  options: {
    warehouse: string
    address: { address_1: string; city: string; country_code: string; postal_code: string }
    regionId: string
    countries: string[]
    salesChannelIds: string[]
  }
) {
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: options.warehouse, address: options.address }] },
  })
  const location = result[0]
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: options.salesChannelIds },
  })
  const profile = await defaultShippingProfile(container)
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: `${options.warehouse} delivery`,
    type: "shipping",
    service_zones: [
      {
        name: `${options.warehouse} zone`,
        geo_zones: options.countries.map((country_code) => ({ type: "country" as const, country_code })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const { result: shippingOptions } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "Delivered in 2-3 working days", code: "standard" },
        prices: [
          { currency_code: "eur", amount: 7.95 },
          { region_id: options.regionId, amount: 7.95 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { location, shippingOptionId: shippingOptions[0].id as string }
}

export type CatalogueItem = { title: string; handle: string; price: number; metadata?: Record<string, unknown> }

/** Published products with one variant each (no inventory kept), sold in the given channels. */
export async function createCatalogue(container: MedusaContainer, items: CatalogueItem[], salesChannelIds: string[]) {
  const profile = await defaultShippingProfile(container)
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: items.map((item) => ({
        title: item.title,
        handle: item.handle,
        status: "published" as const,
        metadata: item.metadata ?? {},
        shipping_profile_id: profile.id,
        options: [{ title: "Edition", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            sku: item.handle.toUpperCase(),
            manage_inventory: false,
            options: { Edition: "Standard" },
            prices: [{ currency_code: "eur", amount: item.price }],
          },
        ],
        sales_channels: salesChannelIds.map((id) => ({ id })),
      })),
    },
  })
  return result
}
