// The visitor's open cart as the cart page shows it, and the region carts are made in.
import { cache } from "react"
import { myOrganizations } from "./acting"
import { regionId } from "./config"
import { medusa } from "./medusa"
import { cartRef } from "./session"

const CART_FIELDS = [
  "id",
  "currency_code",
  "completed_at",
  "email",
  "total",
  "item_total",
  "shipping_total",
  "tax_total",
  "discount_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
].join(",")

/** The region of new carts: MEDUSA_REGION_ID, else the store's first. */
export const shopRegion = cache(async () => {
  const { sdk } = await medusa()
  const configured = regionId()
  if (configured) return configured
  const { regions } = await sdk.store.region.list({ limit: 1 })
  return regions[0]?.id ?? null
})

/** The open cart, or null when there is none (or it was completed or is not the visitor's). */
export const openCart = cache(async () => {
  const ref = await cartRef()
  if (!ref?.id) return null
  const { sdk } = await medusa()
  const cart = await sdk.store.cart
    .retrieve(ref.id, { fields: CART_FIELDS })
    .then((answer) => answer.cart)
    .catch(() => null)
  if (!cart || cart.completed_at) return null
  return { cart, organizationId: ref.organizationId }
})

export type OpenCart = NonNullable<Awaited<ReturnType<typeof openCart>>>

/** The organizations the visitor may buy for: active memberships with orders.place or orders.request. */
export const buyerOrganizations = cache(async () =>
  (await myOrganizations()).filter(
    (o) => o.membership.status === "active" && (o.membership.permissions.includes("orders.place") || o.membership.permissions.includes("orders.request"))
  )
)

/** Whom the next cart is for: the visitor's choice, else the first organization they buy for. */
export const buyingFor = cache(async (): Promise<string | null> => {
  const ref = await cartRef()
  if (ref) return ref.organizationId
  return (await buyerOrganizations())[0]?.id ?? null
})
