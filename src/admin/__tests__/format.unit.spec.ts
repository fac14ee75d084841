import { countryOptions } from "../lib/countries"
import { countryName, dash, formatAddress, formatDate, formatDateTime, formatMoney, setDashboardLanguage, toLocale } from "../lib/format"

// The dashboard's formatting: money in the record's currency (the API answers main units, e.g.
// 433.1195 for a tax-inclusive total), dates and countries in the admin user's language.
describe("admin formatting", () => {
  test("money: the currency's own decimals, symbol and separators of the language", () => {
    expect(formatMoney(433.1195, "eur", "en")).toBe("€433.12")
    expect(formatMoney("433.1195", "EUR", "nl")).toMatch(/^€\s433,12$/)
    expect(formatMoney(1200, "jpy", "en")).toBe("¥1,200")
    expect(formatMoney(10, "usd", "en")).toBe("$10.00")
    expect([formatMoney(null, "eur"), formatMoney(10, null), formatMoney("", "eur"), formatMoney("x", "eur")]).toEqual([dash, dash, dash, dash])
  })

  test("the dashboard's language codes become locales Intl accepts", () => {
    expect([toLocale("enGB"), toLocale("ptBR"), toLocale("nl"), toLocale(undefined), toLocale("not a locale!")]).toEqual(["en-GB", "pt-BR", "nl", "en", "en"])
    expect(formatMoney(5, "gbp", "enGB")).toBe("£5.00")
  })

  test("plain calls follow the language useT() last saw", () => {
    setDashboardLanguage("nl")
    expect(formatMoney(5, "eur")).toMatch(/^€\s5,00$/)
    expect(countryName("be")).toBe("België")
    setDashboardLanguage("en")
    expect(formatMoney(5, "eur")).toBe("€5.00")
  })

  test("dates: the day alone, or day and time; missing or broken values show a dash", () => {
    const value = "2026-12-01T12:40:00Z"
    expect(formatDate(value, "en")).toBe("Dec 1, 2026")
    expect(formatDate(value, "nl")).toBe("1 dec 2026")
    expect(formatDateTime(value, "en")).toMatch(/^Dec 1, 2026, \d{1,2}:40\s?[AP]M$/)
    expect([formatDate(null), formatDate("not a date"), formatDateTime(undefined)]).toEqual([dash, dash, dash])
  })

  test("countries: names in the language, every ISO code once, sorted by name", () => {
    expect(countryName("nl", "en")).toBe("Netherlands")
    expect(formatAddress({ address_1: "Meir 1", postal_code: "2000", city: "Antwerpen", country_code: "be" }, "en")).toBe(
      "Meir 1, 2000 Antwerpen, Belgium"
    )
    const options = countryOptions("en")
    expect(options.length).toBe(250)
    expect(new Set(options.map((o) => o.value)).size).toBe(250)
    expect(options.every((o) => /^[a-z]{2}$/.test(o.value) && o.label !== o.value.toUpperCase())).toBe(true)
    expect(options.find((o) => o.value === "nl")?.label).toBe("Netherlands")
    const labels = options.map((o) => o.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")))
  })
})
