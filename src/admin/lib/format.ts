export const dash = "–"

// The dashboard's language: set by `useT()` (every plugin component calls it) from the
// dashboard's i18next instance; before that, what the dashboard's language detector stored.
let currentLanguage: string | undefined

/** Called by `useT()` so the plain formatting functions below follow the dashboard's language. */
export function setDashboardLanguage(language: string | undefined) {
  if (language) currentLanguage = language
}

/**
 * A BCP 47 locale for `Intl` from a dashboard language code: the dashboard names some languages
 * "enGB", "ptBR", "zhCN", which `Intl` refuses.
 */
export function toLocale(language: string | null | undefined): string {
  const code = (language || "en").replace(/^([a-z]{2,3})([A-Z]{2})$/, "$1-$2")
  try {
    return Intl.getCanonicalLocales(code)[0] ?? "en"
  } catch {
    return "en"
  }
}

/** The dashboard user's language as a locale ("en", "nl", "en-GB", …) for `Intl` formatting. */
export function dashboardLanguage(): string {
  if (currentLanguage) return toLocale(currentLanguage)
  try {
    const stored = globalThis.localStorage?.getItem("lng")
    if (stored) return toLocale(stored)
  } catch {
    // storage blocked: fall through
  }
  return toLocale(globalThis.navigator?.language)
}

type Person = { first_name?: string | null; last_name?: string | null; email?: string | null }

/** "First Last", else the e-mail, else `–`. */
export function personName(person?: Person | null) {
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ")
  return name || person?.email || dash
}

function toDate(value: string | Date | null | undefined) {
  if (!value) return null
  const date = new Date(value)
  return isNaN(date.getTime()) ? null : date
}

/** A day ("1 Dec 2026" / "1 dec 2026"), in the dashboard's language; `–` when missing. */
export function formatDate(value: string | Date | null | undefined, language = dashboardLanguage()) {
  const date = toDate(value)
  return date ? new Intl.DateTimeFormat(toLocale(language), { dateStyle: "medium" }).format(date) : dash
}

/** A moment (day and time), in the dashboard's language; `–` when missing. */
export function formatDateTime(value: string | Date | null | undefined, language = dashboardLanguage()) {
  const date = toDate(value)
  return date ? new Intl.DateTimeFormat(toLocale(language), { dateStyle: "medium", timeStyle: "short" }).format(date) : dash
}

type Address = {
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
}

/** A country's name from its ISO-2 code, in the dashboard's language ("nl" → "Netherlands"). */
export function countryName(code: string | null | undefined, language = dashboardLanguage()) {
  if (!code) return dash
  try {
    return new Intl.DisplayNames([toLocale(language)], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/** One line: street, postal code and city, country. */
export function formatAddress(address?: Address | null, language = dashboardLanguage()) {
  if (!address) return dash
  const parts = [
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    address.country_code ? countryName(address.country_code, language) : undefined,
  ]
  return parts.filter((part) => part && part.trim()).join(", ") || dash
}

/**
 * An amount in the currency's main unit (as the plugin's API returns money), e.g. `€ 433,12`
 * in Dutch or `€433.12` in English; rounded to the currency's own decimals.
 */
export function formatMoney(
  amount: number | string | null | undefined,
  currency_code: string | null | undefined,
  language = dashboardLanguage()
) {
  if (amount == null || amount === "" || !currency_code || isNaN(Number(amount))) return dash
  try {
    return new Intl.NumberFormat(toLocale(language), { style: "currency", currency: currency_code.toUpperCase() }).format(Number(amount))
  } catch {
    return `${amount} ${currency_code.toUpperCase()}`
  }
}

/** Amounts per currency (a threshold, a spending limit), e.g. `€200.00, $220.00`. */
export function formatCurrencyAmounts(amounts: Record<string, number> | null | undefined, language = dashboardLanguage()) {
  if (!amounts || !Object.keys(amounts).length) return dash
  return Object.keys(amounts)
    .sort()
    .map((code) => formatMoney(amounts[code], code, language))
    .join(", ")
}
