/** The address fields that decide whether a shipping address is a given delivery location. */
export type AddressLike = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
}

/** The fields `addressKey` compares, e.g. to read them with query.graph under a relation. */
export const ADDRESS_KEY_FIELDS = ["address_1", "address_2", "city", "postal_code", "country_code"] as const
export type AddressKeyField = (typeof ADDRESS_KEY_FIELDS)[number]

const normalize = (value?: string | null) => (value ?? "").trim().toLowerCase().replace(/\s+/g, " ")

/**
 * A comparison key: case, surrounding and repeated spaces ignored, postal codes without
 * spaces ("3511 AA" = "3511aa"). Names, company and phone may differ per order.
 */
export function addressKey(address: AddressLike) {
  return [
    normalize(address.address_1),
    normalize(address.address_2),
    normalize(address.city),
    normalize(address.postal_code).replace(/ /g, ""),
    normalize(address.country_code),
  ].join("|")
}

/** The first location whose address is the given one, if any. */
export function matchingLocation<T extends AddressLike>(locations: T[], address: AddressLike | null | undefined) {
  if (!address?.address_1) return undefined
  const key = addressKey(address)
  return locations.find((location) => addressKey(location) === key)
}

/** A delivery location as a shopper reads it: "Warehouse (Industrieweg 1, 9000 Gent)". */
export function describeLocation(location: AddressLike & { label?: string | null }) {
  const place = [location.postal_code, location.city].filter(Boolean).join(" ")
  const address = [location.address_1, location.address_2, place].filter(Boolean).join(", ")
  return location.label ? `${location.label} (${address})` : address
}

/**
 * Why a shipping address is refused on an organization's cart, naming the locations the member
 * may use (at most `shown`, then how many more), or saying that they have none.
 */
export function locationRefusalMessage(usable: (AddressLike & { label?: string | null })[], shown = 5) {
  if (!usable.length) {
    return "You have no delivery address of your organization to ship to: ask an administrator of your organization to assign one to you"
  }
  const listed = usable.slice(0, shown).map(describeLocation).join("; ")
  const more = usable.length > shown ? ` and ${usable.length - shown} more` : ""
  return `Orders for your organization ship to its delivery addresses only. Choose one of: ${listed}${more}`
}
