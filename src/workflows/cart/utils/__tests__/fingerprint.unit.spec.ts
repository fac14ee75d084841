import { FINGERPRINT_FIELDS, fingerprintOf, type CompletingCart } from "../fingerprint"

const cart = (over: Partial<CompletingCart> = {}): CompletingCart => ({
  id: "cart_1",
  currency_code: "eur",
  total: 120,
  items: [
    { variant_id: "var_a", quantity: 2, unit_price: 50 },
    { variant_id: "var_b", quantity: 1, unit_price: 20 },
  ],
  shipping_address: { address_1: "Main 1", city: "Utrecht", postal_code: "3511", country_code: "nl" },
  shipping_methods: [{ shipping_option_id: "so_1", amount: 0 }],
  ...over,
})

describe("fingerprintOf", () => {
  it("is stable, and ignores the order of lines and shipping methods", () => {
    const base = fingerprintOf(cart())
    expect(fingerprintOf(cart()).fingerprint).toBe(base.fingerprint)
    const reversed = cart({ items: [...cart().items!].reverse() })
    expect(fingerprintOf(reversed).fingerprint).toBe(base.fingerprint)
    expect(base).toMatchObject({ id: "cart_1", currency_code: "eur", total: 120 })
    expect(base.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it("changes when a quantity, a unit price, a variant or the total changes", () => {
    const base = fingerprintOf(cart()).fingerprint
    const items = cart().items!
    expect(fingerprintOf(cart({ items: [{ ...items[0]!, quantity: 3 }, items[1]] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ items: [{ ...items[0]!, unit_price: 51 }, items[1]] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ items: [{ ...items[0]!, variant_id: "var_c" }, items[1]] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ items: [items[0]] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ total: 121 })).fingerprint).not.toBe(base)
  })

  it("changes when the shipping address, the shipping method or the currency changes", () => {
    const base = fingerprintOf(cart()).fingerprint
    expect(fingerprintOf(cart({ shipping_address: { address_1: "Main 2", city: "Utrecht", postal_code: "3511", country_code: "nl" } })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ shipping_address: null })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ shipping_methods: [{ shipping_option_id: "so_2", amount: 0 }] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ shipping_methods: [{ shipping_option_id: "so_1", amount: 5 }] })).fingerprint).not.toBe(base)
    expect(fingerprintOf(cart({ currency_code: "usd" })).fingerprint).not.toBe(base)
  })

  it("rounds amounts to four decimals, so representation noise does not change it", () => {
    const base = fingerprintOf(cart())
    const noisy = fingerprintOf(cart({ total: 120.00000001, items: [{ variant_id: "var_a", quantity: 2, unit_price: 50.00001 }, cart().items![1]] }))
    expect(noisy.fingerprint).toBe(base.fingerprint)
    expect(noisy.total).toBe(120)
  })

  it("reads the fields it covers", () => {
    expect(FINGERPRINT_FIELDS).toEqual(expect.arrayContaining(["items.quantity", "items.unit_price", "items.variant_id", "total", "currency_code"]))
    expect(FINGERPRINT_FIELDS.some((field) => field.startsWith("shipping_address."))).toBe(true)
  })
})
