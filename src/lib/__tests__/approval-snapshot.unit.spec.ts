import { cartChanged, shownStatus, snapshotOf } from "../approval-snapshot"

describe("approval snapshot", () => {
  it("keeps lines, totals, currency, address and shipping as numbers and nulls", () => {
    const snapshot = snapshotOf({
      id: "cart_1",
      currency_code: "eur",
      total: "807.95",
      subtotal: 807.95,
      item_total: 800,
      shipping_total: 7.95,
      tax_total: 0,
      discount_total: null,
      items: [
        { id: "li_1", title: "Guide", variant_title: "Standard", variant_sku: "G-1", variant_id: "variant_1", quantity: 10, unit_price: "80", total: 800 },
        null,
      ],
      shipping_address: { address_1: "Dorpsstraat 1", city: "Utrecht", country_code: "nl" },
      shipping_methods: [{ name: "Flat", shipping_option_id: "so_1", amount: 7.95 }],
    })
    expect(snapshot).toEqual({
      id: "cart_1",
      currency_code: "eur",
      total: 807.95,
      subtotal: 807.95,
      item_total: 800,
      shipping_total: 7.95,
      tax_total: 0,
      discount_total: null,
      items: [
        {
          id: "li_1",
          title: "Guide",
          product_title: null,
          variant_title: "Standard",
          sku: "G-1",
          variant_id: "variant_1",
          thumbnail: null,
          quantity: 10,
          unit_price: 80,
          total: 800,
        },
      ],
      shipping_address: expect.objectContaining({ address_1: "Dorpsstraat 1", address_2: null, city: "Utrecht", country_code: "nl" }),
      shipping_methods: [{ name: "Flat", shipping_option_id: "so_1", amount: 7.95 }],
    })
  })

  it("an unused approval whose cart differs shows superseded; used, pending or matching ones as stored", () => {
    const approved = { status: "approved", fingerprint: "a", order_id: null }
    expect(shownStatus(approved, "a")).toBe("approved")
    expect(shownStatus(approved, "b")).toBe("superseded")
    expect(shownStatus(approved, null)).toBe("superseded")
    expect(shownStatus({ ...approved, order_id: "order_1" }, "b")).toBe("approved")
    expect(shownStatus({ ...approved, status: "pending" }, "b")).toBe("pending")
    expect(shownStatus({ ...approved, status: "rejected" }, "b")).toBe("rejected")
  })

  it("cart_changed only for open requests", () => {
    expect(cartChanged({ status: "pending", fingerprint: "a" }, "b")).toBe(true)
    expect(cartChanged({ status: "pending", fingerprint: "a" }, "a")).toBe(false)
    expect(cartChanged({ status: "approved", fingerprint: "a", order_id: "order_1" }, "b")).toBe(false)
    expect(cartChanged({ status: "expired", fingerprint: "a" }, "b")).toBe(false)
  })
})
