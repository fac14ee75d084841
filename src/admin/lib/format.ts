import type { Customer } from "./types"

export const dash = "–"

export function personName(person?: Partial<Customer> | null) {
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ")
  return name || person?.email || dash
}

export function formatDate(value: string | null | undefined, language: string) {
  if (!value) return dash
  return new Date(value).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" })
}

type Address = {
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
}

/** One line: street, postal code and city, country. */
export function formatAddress(address?: Address | null) {
  if (!address) return dash
  const parts = [
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    address.country_code?.toUpperCase(),
  ]
  return parts.filter((part) => part && part.trim()).join(", ") || dash
}

export function formatMoney(amount: number | string | null | undefined, currency: string | null | undefined, language: string) {
  if (amount == null || !currency) return dash
  return new Intl.NumberFormat(language, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))
}
