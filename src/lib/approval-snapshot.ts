// What an approval request keeps of the cart it was asked for, and the status a view shows.
// Pure: the callers read the cart (with SNAPSHOT_FIELDS) and hand it in.

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const
const LINE_FIELDS = ["id", "title", "product_title", "variant_title", "variant_sku", "variant_id", "thumbnail", "quantity", "unit_price", "total"] as const
const TOTAL_FIELDS = ["total", "subtotal", "item_total", "shipping_total", "tax_total", "discount_total"] as const

/** The cart fields a snapshot is made of, for query.graph (beside the fingerprint's, in one read). */
export const SNAPSHOT_FIELDS = [
  "id",
  "currency_code",
  ...TOTAL_FIELDS,
  ...LINE_FIELDS.map((field) => `items.${field}`),
  ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
  ...["name", "shipping_option_id", "amount"].map((field) => `shipping_methods.${field}`),
]

type Row = Record<string, unknown> | null | undefined
const money = (amount: unknown) => (amount == null ? null : Number(amount))
const text = (value: unknown) => (value == null ? null : String(value))

/**
 * The cart as asked: lines (title, variant, quantity, unit price, line total), totals,
 * currency, shipping address and methods. Amounts are numbers in the currency's main unit.
 */
export function snapshotOf(cart: Record<string, unknown>) {
  const rows = (value: unknown) => ((value as Row[] | null | undefined) ?? []).filter((row): row is Record<string, unknown> => !!row)
  const address = cart.shipping_address as Row
  return {
    id: String(cart.id),
    currency_code: String(cart.currency_code),
    total: money(cart.total) ?? 0,
    subtotal: money(cart.subtotal),
    item_total: money(cart.item_total),
    shipping_total: money(cart.shipping_total),
    tax_total: money(cart.tax_total),
    discount_total: money(cart.discount_total),
    items: rows(cart.items).map((item) => ({
      id: String(item.id),
      title: text(item.title) ?? "",
      product_title: text(item.product_title),
      variant_title: text(item.variant_title),
      sku: text(item.variant_sku),
      variant_id: text(item.variant_id),
      thumbnail: text(item.thumbnail),
      quantity: Number(item.quantity),
      unit_price: money(item.unit_price) ?? 0,
      total: money(item.total) ?? 0,
    })),
    shipping_address: address ? Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(address[field])])) : null,
    shipping_methods: rows(cart.shipping_methods).map((method) => ({
      name: text(method.name),
      shipping_option_id: text(method.shipping_option_id),
      amount: money(method.amount) ?? 0,
    })),
  }
}

export type ApprovalSnapshot = ReturnType<typeof snapshotOf>

/** What a view needs of a request to show its status. */
export type RequestState = { status: string; fingerprint: string; order_id?: string | null }

/** A request that still stands for its cart: pending, or approved and not yet used for an order. */
export const isOpenRequest = (request: RequestState) =>
  request.status === "pending" || (request.status === "approved" && !request.order_id)

/**
 * The status a view shows: an approval not yet used for an order whose cart no longer is what
 * was approved (`liveFingerprint`: the cart's now, null when the cart is gone) is `superseded`:
 * completing that cart needs a new request. Other statuses are shown as stored.
 */
export function shownStatus(request: RequestState, liveFingerprint: string | null) {
  if (request.status === "approved" && isOpenRequest(request) && liveFingerprint !== request.fingerprint) return "superseded"
  return request.status
}

/** Whether the cart differs from what an open request asked (a decision would be refused). */
export const cartChanged = (request: RequestState, liveFingerprint: string | null) =>
  isOpenRequest(request) && liveFingerprint !== request.fingerprint
