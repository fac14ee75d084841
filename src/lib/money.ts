// Amounts per currency (approval thresholds, spending limits) and how refusals show money.
// Pure: no server imports, so the admin bundle and the validators share it.

/**
 * An amount per currency, in each currency's main unit, keyed by lower-case ISO 4217 code:
 * `{ eur: 200, usd: 220 }`. A rule binds a cart only in a currency it names; amounts are
 * never converted or compared across currencies.
 */
export type CurrencyAmounts = Record<string, number>

/** At most this many currencies per rule (a store sells in a handful). */
export const MAX_RULE_CURRENCIES = 50

export const CURRENCY_CODE_PATTERN = /^[a-z]{3}$/

/** The rule's amount in `currency` (null: the rule names no amount for it). */
export function amountIn(amounts: CurrencyAmounts | null | undefined, currency: string): number | null {
  if (!amounts) return null
  const amount = amounts[currency.toLowerCase()]
  return amount == null || !Number.isFinite(Number(amount)) ? null : Number(amount)
}

/** A stored map as the rules read it: codes in lower case, amounts as numbers; null when empty. */
export function currencyAmountsOf(value: unknown): CurrencyAmounts | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([code, amount]) => [code.toLowerCase(), Number(amount)] as const)
    .filter(([code, amount]) => CURRENCY_CODE_PATTERN.test(code) && Number.isFinite(amount))
  return entries.length ? Object.fromEntries(entries) : null
}

/**
 * An amount as the dashboard shows it, e.g. `€100.00` or `US$220.00` (English, the refusal
 * messages' language); an unknown code falls back to `100.00 XYZ`.
 */
export function formatMoney(amount: number, currency: string, locale = "en") {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency.toUpperCase()}`
  }
}

/** Every amount of a rule, e.g. `€200.00, US$220.00` (sorted by currency code). */
export function formatAmounts(amounts: CurrencyAmounts, locale = "en") {
  return Object.keys(amounts)
    .sort()
    .map((code) => formatMoney(amounts[code], code, locale))
    .join(", ")
}

/**
 * The dashboard's text form of amounts per currency, `EUR 200; USD 220` (a comma before the next
 * code separates too; a decimal comma is read as a point). Answers null for empty text and
 * undefined for text that is not such a list.
 */
export function parseCurrencyAmounts(text: string): CurrencyAmounts | null | undefined {
  const parts = text.trim().split(/\s*(?:[;\n]|,(?=\s*[a-zA-Z]))\s*/).filter(Boolean)
  if (!parts.length) return null
  const amounts: CurrencyAmounts = {}
  for (const part of parts) {
    const match = /^([a-zA-Z]{3})\s*(\d+(?:[.,]\d+)?)$/.exec(part)
    if (!match) return undefined
    const code = match[1].toLowerCase()
    if (code in amounts) return undefined
    amounts[code] = Number(match[2].replace(",", "."))
  }
  return amounts
}

/** The text form of amounts per currency, for the dashboard's inputs (`EUR 200; USD 220`). */
export const currencyAmountsText = (amounts: CurrencyAmounts | null | undefined) =>
  amounts
    ? Object.keys(amounts)
        .sort()
        .map((code) => `${code.toUpperCase()} ${amounts[code]}`)
        .join("; ")
    : ""

/**
 * Whether an amount fits a spending limit with `spent` already spent in its period (up to the
 * limit itself). One rule for the approval reasons and the spending ledger's hold.
 */
export function withinLimit(spent: number, amount: number, limit: number) {
  return amount <= limit && spent + amount <= limit
}

/** One currency of a member's spending limit: what it allows, what was spent, what is left. */
export type LimitUse = { currency_code: string; limit: number; spent: number; remaining: number }

/**
 * How a member's spending limit stands, per currency it names (none: an empty list), with
 * `spent` the period's spend per lower-case currency. Spend in a currency the limit names no
 * amount for is not listed: such a cart needs approval anyway (`currency_not_covered`).
 */
export function limitUses(limit: CurrencyAmounts | null, spent: Record<string, number>): LimitUse[] {
  return Object.entries(limit ?? {})
    .map(([currency, amount]) => {
      const used = spent[currency.toLowerCase()] ?? 0
      // Without the float noise of a difference (100 - 87.95); amounts have at most a few decimals.
      const remaining = Math.max(0, Number((amount - used).toFixed(6)))
      return { currency_code: currency.toLowerCase(), limit: amount, spent: used, remaining }
    })
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}
