"use server"
// Shopping for an organization: every cart names the organization it is for (the plugin's
// client sends x-organization-id), the delivery address is one of the member's locations, and
// completion answers the approval codes, which the cart page turns into "request approval".
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { translate } from "@/i18n"
import shop from "@/i18n/shop"
import type { ActionState } from "@/lib/action-state"
import { buyingFor, shopRegion } from "@/lib/cart"
import { failure } from "@/lib/failure"
import { medusa } from "@/lib/medusa"
import { cartRef, clearCartRef, setCartRef } from "@/lib/session"

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** Whom to buy for; a different choice starts a new cart. */
export async function chooseBuyer(form: FormData) {
  const organizationId = text(form, "organization_id") || null
  const current = await cartRef()
  if (current?.organizationId !== organizationId || !current) await setCartRef({ id: null, organizationId })
  revalidatePath("/", "layout")
}

export async function addToCart(variantId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const t = await translate(shop)
  const quantity = Math.max(1, Math.min(999, Number(form.get("quantity")) || 1))
  try {
    const { sdk, b2b } = await medusa()
    const ref = (await cartRef()) ?? { id: null, organizationId: await buyingFor() }
    let cartId = ref.id
    if (cartId) {
      const existing = await sdk.store.cart.retrieve(cartId, { fields: "id,completed_at" }).catch(() => null)
      if (!existing || existing.cart.completed_at) cartId = null
    }
    if (!cartId) {
      const region = await shopRegion()
      const { cart } = await b2b.store.carts.create(ref.organizationId, region ? { region_id: region } : {})
      cartId = cart.id
      await setCartRef({ id: cartId, organizationId: ref.organizationId })
    }
    await sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity })
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/", "layout")
  return { ok: true, message: t.shop.added }
}

export async function updateLine(cartId: string, lineId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const quantity = Number(form.get("quantity"))
  try {
    const { sdk } = await medusa()
    if (quantity > 0) await sdk.store.cart.updateLineItem(cartId, lineId, { quantity })
    else await sdk.store.cart.deleteLineItem(cartId, lineId)
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true }
}

export async function removeLine(cartId: string, lineId: string): Promise<ActionState> {
  try {
    const { sdk } = await medusa()
    await sdk.store.cart.deleteLineItem(cartId, lineId)
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true }
}

/** The delivery address of an organization cart: a copy of one of the member's locations. */
export async function deliverToLocation(organizationId: string, cartId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  try {
    const { sdk, b2b } = await medusa()
    const { location } = await b2b.store.organizations.locations.retrieve(organizationId, text(form, "location_id"))
    const address = {
      first_name: location.first_name ?? undefined,
      last_name: location.last_name ?? undefined,
      company: location.company ?? undefined,
      address_1: location.address_1,
      address_2: location.address_2 ?? undefined,
      city: location.city,
      province: location.province ?? undefined,
      postal_code: location.postal_code,
      country_code: location.country_code,
      phone: location.phone ?? undefined,
    }
    await sdk.store.cart.update(cartId, { shipping_address: address, billing_address: address })
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true }
}

/** A private cart's address, typed by the shopper. */
export async function deliverToAddress(cartId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  const address = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    address_1: text(form, "address_1"),
    postal_code: text(form, "postal_code"),
    city: text(form, "city"),
    country_code: text(form, "country_code").toLowerCase(),
  }
  try {
    const { sdk } = await medusa()
    await sdk.store.cart.update(cartId, { shipping_address: address, billing_address: address })
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true }
}

export async function chooseShipping(cartId: string, _state: ActionState, form: FormData): Promise<ActionState> {
  try {
    const { sdk } = await medusa()
    await sdk.store.cart.addShippingMethod(cartId, { option_id: text(form, "option_id") })
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true }
}

export async function requestApproval(cartId: string): Promise<ActionState> {
  const t = await translate(shop)
  try {
    const { b2b } = await medusa()
    await b2b.store.carts.requestApproval(cartId)
  } catch (error) {
    return failure(error)
  }
  revalidatePath("/cart")
  return { ok: true, message: t.cart.requested }
}

/**
 * Pays with the store's payment provider (the demo's system provider) and places the order,
 * or answers why not (approval_required, approval_pending, spending_limit_exceeded, …).
 */
export async function placeOrder(cartId: string, organizationId: string | null): Promise<ActionState> {
  let orderId: string
  try {
    const { sdk, b2b } = await medusa()
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,region_id,currency_code,total,*payment_collection" })
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! })
    const provider = payment_providers.find((p) => p.id === "pp_system_default") ?? payment_providers[0]
    if (provider) await sdk.store.payment.initiatePaymentSession(cart, { provider_id: provider.id })
    const placed = await b2b.store.carts.complete(cartId)
    if (placed.type !== "order") return { ok: false, message: placed.error?.message ?? "The order could not be placed." }
    orderId = placed.order.id
  } catch (error) {
    return failure(error)
  }
  await clearCartRef()
  await setCartRef({ id: null, organizationId })
  redirect(`/order/confirmed/${orderId}${organizationId ? `?organization=${organizationId}` : ""}`)
}
