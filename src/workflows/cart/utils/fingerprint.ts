import { createHash } from "node:crypto"
import { ADDRESS_KEY_FIELDS, addressKey, type AddressLike } from "../../../lib/addresses"

/** The parts of a cart an approval covers. */
export type FingerprintedCart = {
  id: string
  currency_code: string
  total: number
  fingerprint: string
}

// The canonical form's tuples; raw ids (JSON keeps a missing one as null), so the
// fingerprints of requests already stored stay valid.
type CanonicalLine = [string | null | undefined, number, number]
type CanonicalShipping = [string | null | undefined, number]

const round = (amount: unknown) => Math.round(Number(amount ?? 0) * 10000) / 10000

/** What a fingerprint covers of a cart, as query.graph and the completion's own read give it. */
export type CompletingCart = {
  id: string
  currency_code?: string | null
  total?: unknown
  items?: ({ variant_id?: string | null; quantity?: unknown; unit_price?: unknown } | null)[] | null
  shipping_address?: unknown
  shipping_methods?: ({ shipping_option_id?: string | null; amount?: unknown } | null)[] | null
}

export const FINGERPRINT_FIELDS = [
  "id",
  "currency_code",
  "total",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  ...ADDRESS_KEY_FIELDS.map((field) => `shipping_address.${field}`),
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
]

/**
 * A cart's fingerprint: SHA-256 over its line items (variant, quantity, unit price), the
 * shipping address, the shipping methods, the currency and the total, in a canonical order.
 * Any change to what would be ordered changes it.
 */
export function fingerprintOf(cart: CompletingCart): FingerprintedCart {
  const canonical = {
    currency: cart.currency_code,
    total: round(cart.total),
    items: (cart.items ?? [])
      .map((item): CanonicalLine => [item?.variant_id, Number(item?.quantity), round(item?.unit_price)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || a[1] - b[1]),
    address: cart.shipping_address ? addressKey(cart.shipping_address as AddressLike) : null,
    shipping: (cart.shipping_methods ?? [])
      .map((method): CanonicalShipping => [method?.shipping_option_id, round(method?.amount)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  }
  return {
    id: cart.id,
    currency_code: cart.currency_code as string,
    total: round(cart.total),
    fingerprint: createHash("sha256").update(JSON.stringify(canonical)).digest("hex"),
  }
}
