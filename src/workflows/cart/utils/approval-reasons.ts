import { amountIn, formatAmounts, formatMoney, withinLimit, type CurrencyAmounts } from "../../../lib/money"
import type { Permission } from "../../../lib/permissions"
import type { FingerprintedCart } from "./fingerprint"

// Why a cart needs an approval: the pure rules (the reads they need are ../approval-rules).

export type Member = {
  id: string
  organization_id: string
  permissions: Permission[]
  /** The membership's limit when the caller read it already (the acting membership has it). */
  spending_limit?: CurrencyAmounts | null
}

/** The organization's policy and the member's limit, as the approval rules use them. */
export type SpendingRules = {
  threshold: CurrencyAmounts | null
  period: string
  limit: CurrencyAmounts | null
}

/** The period an organization's spending limits count in: its approval policy's, else a month. */
export const spendingPeriodOf = (policy: { period?: string | null } | null) => policy?.period ?? "month"

/**
 * What a reason is about: a spending-limit reason makes the refusal `spending_limit_exceeded`,
 * a currency a rule names no amount for `currency_not_covered`.
 */
export type Reason = { kind: "permission" | "threshold" | "spending_limit" | "currency"; text: string }

/** The spending-limit reason for `total` with `spent` already spent this period (none: null). */
export function limitReason(total: number, currency: string, limit: number, period: string, spent: number): Reason | null {
  if (withinLimit(spent, total, limit)) return null
  const money = (amount: number) => formatMoney(amount, currency)
  if (total > limit) {
    return { kind: "spending_limit", text: `the total of ${money(total)} is above your spending limit of ${money(limit)} per ${period}` }
  }
  return {
    kind: "spending_limit",
    text: `with ${money(spent)} already spent this ${period}, the total of ${money(total)} is above your spending limit of ${money(limit)} per ${period}`,
  }
}

/**
 * The reasons for these rules, with `spent` the member's spend this period (in the cart's
 * currency) before this cart. A rule binds in the cart's currency only; a rule that names no
 * amount in it is a reason of its own (never an amount of another currency).
 */
export function reasonsUnder(member: Member, cart: FingerprintedCart, rules: SpendingRules, spent: number): Reason[] {
  const reasons: Reason[] = []
  if (!member.permissions.includes("orders.place")) {
    reasons.push({ kind: "permission", text: "you may request orders, not place them" })
  }
  const currency = cart.currency_code.toLowerCase()
  const code = currency.toUpperCase()
  if (rules.threshold) {
    const threshold = amountIn(rules.threshold, currency)
    if (threshold == null) {
      reasons.push({
        kind: "currency",
        text: `the organization's approval threshold has no amount in ${code} (it has ${formatAmounts(rules.threshold)})`,
      })
    } else if (cart.total > threshold) {
      reasons.push({
        kind: "threshold",
        text: `the total of ${formatMoney(cart.total, currency)} is above the organization's approval threshold of ${formatMoney(threshold, currency)}`,
      })
    }
  }
  if (rules.limit) {
    const limit = amountIn(rules.limit, currency)
    if (limit == null) {
      reasons.push({ kind: "currency", text: `your spending limit has no amount in ${code} (it has ${formatAmounts(rules.limit)})` })
    } else {
      const reason = limitReason(cart.total, currency, limit, rules.period, spent)
      if (reason) reasons.push(reason)
    }
  }
  return reasons
}
