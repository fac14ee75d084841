// Money, dates and names in the visitor's language. Medusa keeps amounts in the currency's
// main unit (80 = €80.00), so they are formatted as they come.
import type { Locale } from "@/i18n"

const TAGS: Record<Locale, string> = { en: "en-GB", nl: "nl-NL" }

export const money = (locale: Locale, amount: number | string | null | undefined, currency: string | null | undefined) => {
  if (amount === null || amount === undefined || !currency) return "—"
  return new Intl.NumberFormat(TAGS[locale], { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))
}

export const date = (locale: Locale, value: string | Date | null | undefined) =>
  value ? new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium" }).format(new Date(value)) : "—"

export const dateTime = (locale: Locale, value: string | Date | null | undefined) =>
  value ? new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)) : "—"

export const personName = (person: { first_name?: string | null; last_name?: string | null; email?: string | null } | null | undefined) =>
  [person?.first_name, person?.last_name].filter(Boolean).join(" ") || person?.email || "—"

/** Spending limits and other per-currency amounts: "€500.00, $300.00". */
export const amounts = (locale: Locale, byCurrency: Record<string, number> | null | undefined) =>
  byCurrency && Object.keys(byCurrency).length
    ? Object.entries(byCurrency)
        .map(([currency, amount]) => money(locale, amount, currency))
        .join(", ")
    : null
