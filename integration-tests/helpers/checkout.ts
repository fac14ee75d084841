import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import { createCatalogue, createDelivery, createRegion } from "../../demo/shop"
import { send } from "./http"

export type Shop = { regionId: string; shippingOptionId: string; variantId: string }

/** A region paid with Medusa's system provider, a shipping option and one product, for checkouts. */
export async function createShop(container: MedusaContainer, salesChannelIds: string[]): Promise<Shop> {
  const countries = ["nl", "be"]
  const region = await createRegion(container, { name: "Benelux", countries })
  const { shippingOptionId } = await createDelivery(container, {
    warehouse: "Test warehouse",
    address: { address_1: "Stationsplein 1", city: "Utrecht", country_code: "nl", postal_code: "3511 ED" },
    regionId: region.id,
    countries,
    salesChannelIds,
  })
  const [product] = await createCatalogue(
    container,
    [{ title: "Practice guide: payroll", handle: "practice-guide-payroll", price: 80 }],
    salesChannelIds
  )
  return { regionId: region.id, shippingOptionId, variantId: product.variants[0].id }
}

/** The organization a cart is linked to (src/links/organization-cart.ts), or null for a personal cart. */
export async function organizationOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["organization.id"], filters: { id: cartId } })
  return ((data[0] as { organization?: { id: string } | null } | undefined)?.organization?.id ?? null)
}

export type Address = {
  address_1: string
  city: string
  postal_code: string
  country_code: string
  address_2?: string
}

export type CheckoutResult = {
  /** The step that answered, with its response: "order" when the checkout placed an order. */
  stage: "create" | "items" | "address" | "shipping" | "payment" | "ready" | "complete" | "order"
  response: AxiosResponse
  cartId?: string
}

/**
 * A storefront's whole checkout, step by step through the store API (create cart, add an
 * item, address, shipping, Medusa's system payment, complete); stops at the first failure.
 * `completeAs` completes with other headers (another customer, or anonymous);
 * `beforeComplete` runs just before completion (e.g. the merchant deactivates the member);
 * `complete: false` stops there, with stage "ready".
 */
export async function checkout(
  api: AxiosInstance,
  headers: Record<string, string>,
  shop: Shop,
  {
    address,
    email,
    completeAs,
    beforeComplete,
    complete = true,
  }: {
    address: Address
    email?: string
    completeAs?: Record<string, string>
    beforeComplete?: () => Promise<unknown>
    complete?: boolean
  }
): Promise<CheckoutResult> {
  const created = await send(api, "post", "/store/carts", { body: { region_id: shop.regionId }, headers })
  if (created.status !== 200) return { stage: "create", response: created }
  const cartId = created.data.cart.id as string
  const steps: [CheckoutResult["stage"], () => Promise<AxiosResponse>][] = [
    ["items", () => send(api, "post", `/store/carts/${cartId}/line-items`, { body: { variant_id: shop.variantId, quantity: 1 }, headers })],
    [
      "address",
      () =>
        send(api, "post", `/store/carts/${cartId}`, {
          body: { shipping_address: { first_name: "Test", last_name: "Buyer", ...address }, ...(email ? { email } : {}) },
          headers,
        }),
    ],
    ["shipping", () => send(api, "post", `/store/carts/${cartId}/shipping-methods`, { body: { option_id: shop.shippingOptionId }, headers })],
    [
      "payment",
      async () => {
        const collection = await send(api, "post", "/store/payment-collections", { body: { cart_id: cartId }, headers })
        if (collection.status !== 200) return collection
        return send(api, "post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
          body: { provider_id: "pp_system_default" },
          headers,
        })
      },
    ],
    [
      "complete",
      async () => {
        await beforeComplete?.()
        return send(api, "post", `/store/carts/${cartId}/complete`, { headers: completeAs ?? headers })
      },
    ],
  ]
  for (const [stage, step] of steps) {
    if (stage === "complete" && !complete) return { stage: "ready", response: created, cartId }
    const response = await step()
    if (response.status !== 200 || (stage === "complete" && response.data.type !== "order")) {
      return { stage, response, cartId }
    }
    if (stage === "complete") return { stage: "order", response, cartId }
  }
  throw new Error("unreachable")
}
