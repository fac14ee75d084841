import { amountIn, currencyAmountsOf, currencyAmountsText, formatAmounts, formatMoney, limitUses, parseCurrencyAmounts, withinLimit } from "../money"

describe("money", () => {
  it("reads a rule's amount in the cart's currency only, never another's", () => {
    expect(amountIn({ eur: 200, usd: 220 }, "USD")).toBe(220)
    expect(amountIn({ eur: 200 }, "usd")).toBeNull()
    expect(amountIn(null, "eur")).toBeNull()
  })

  it("reads stored maps leniently: lower-case codes, numbers; empty is none", () => {
    expect(currencyAmountsOf({ EUR: "100.5", usd: 3 })).toEqual({ eur: 100.5, usd: 3 })
    expect(currencyAmountsOf({})).toBeNull()
    expect(currencyAmountsOf(100)).toBeNull()
  })

  it("formats money as the dashboard does", () => {
    expect(formatMoney(100, "eur")).toBe("€100.00")
    expect(formatMoney(87.449, "EUR")).toBe("€87.45")
    expect(formatAmounts({ usd: 220, eur: 200 })).toBe("€200.00, $220.00")
  })
})

describe("the dashboard's text form", () => {
  it("reads `EUR 200; USD 220` and writes it back", () => {
    expect(parseCurrencyAmounts("EUR 200; usd 220,50")).toEqual({ eur: 200, usd: 220.5 })
    expect(parseCurrencyAmounts("eur 200, USD 220")).toEqual({ eur: 200, usd: 220 })
    expect(parseCurrencyAmounts("  ")).toBeNull()
    expect(parseCurrencyAmounts("200")).toBeUndefined()
    expect(parseCurrencyAmounts("EUR 1; eur 2")).toBeUndefined()
    expect(currencyAmountsText({ usd: 220, eur: 200 })).toBe("EUR 200; USD 220")
  })
})

describe("the spending limit", () => {
  it("lets an amount fit up to the limit itself, with what was spent before it", () => {
    expect(withinLimit(0, 100, 100)).toBe(true)
    expect(withinLimit(60, 40, 100)).toBe(true)
    expect(withinLimit(60, 40.01, 100)).toBe(false)
    expect(withinLimit(100, 0.01, 100)).toBe(false)
    expect(withinLimit(0, 100.01, 100)).toBe(false)
  })

  it("refuses an amount above the limit on its own, even with a credit spent (a refund)", () => {
    expect(withinLimit(-50, 120, 100)).toBe(false)
  })
})

describe("how a limit stands", () => {
  it("lists each currency of the limit with its own spend, never another currency's", () => {
    expect(limitUses({ usd: 220, EUR: 100 }, { eur: 87.95, gbp: 40 })).toEqual([
      { currency_code: "eur", limit: 100, spent: 87.95, remaining: 12.05 },
      { currency_code: "usd", limit: 220, spent: 0, remaining: 220 },
    ])
  })

  it("leaves nothing, not less than nothing, once the spend passes the limit (an approved order may)", () => {
    expect(limitUses({ eur: 100 }, { eur: 130 })).toEqual([{ currency_code: "eur", limit: 100, spent: 130, remaining: 0 }])
  })

  it("lists nothing without a limit", () => {
    expect(limitUses(null, { eur: 10 })).toEqual([])
    expect(limitUses({}, { eur: 10 })).toEqual([])
  })
})
