import type { ResolvedOptions } from "./options"

export const ENTITLEMENT_METADATA_KEY = "b2b_entitlement"
export const SEATS_METADATA_KEY = "b2b_seats"

/** A product's entitlement kind from its metadata, if it is one. */
export function entitlementKindOf(metadata: Record<string, unknown> | null | undefined) {
  const kind = metadata?.[ENTITLEMENT_METADATA_KEY]
  return kind === "subscription" || kind === "training" ? kind : null
}

const parseSeats = (value: unknown): number | null | undefined => {
  if (value === "unlimited") return null
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/**
 * Seats per unit of a product (null: unlimited): the plugin option keyed by SKU or handle
 * first, then product metadata `b2b_seats`, then the default (2, seed 000).
 */
export function seatsPerUnit(
  options: Pick<ResolvedOptions, "defaultSeats" | "seatOverrides">,
  product: { sku?: string | null; handle?: string | null; metadata?: Record<string, unknown> | null }
): number | null {
  for (const key of [product.sku, product.handle]) {
    if (key && key in options.seatOverrides) {
      const seats = parseSeats(options.seatOverrides[key])
      if (seats !== undefined) return seats
    }
  }
  const fromMetadata = parseSeats(product.metadata?.[SEATS_METADATA_KEY])
  return fromMetadata !== undefined ? fromMetadata : options.defaultSeats
}

/** Seats of one order line: per-unit seats times the quantity (unlimited stays unlimited). */
export const seatsForLine = (perUnit: number | null, quantity: number) => (perUnit === null ? null : perUnit * quantity)
