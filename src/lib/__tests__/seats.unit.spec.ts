import { entitlementKindOf, seatsForLine, seatsPerUnit } from "../seats"

const options = { defaultSeats: 2, seatOverrides: { "EXTENSO-PRO": 10, "open-library": "unlimited" as const } }

describe("seats", () => {
  it("defaults to 2, reads product metadata, and lets the plugin option win by SKU or handle", () => {
    expect(seatsPerUnit(options, { handle: "yearbook", metadata: {} })).toBe(2)
    expect(seatsPerUnit(options, { handle: "extenso", metadata: { b2b_seats: 5 } })).toBe(5)
    expect(seatsPerUnit(options, { handle: "extenso", metadata: { b2b_seats: "5" } })).toBe(5)
    expect(seatsPerUnit(options, { sku: "EXTENSO-PRO", handle: "extenso", metadata: { b2b_seats: 5 } })).toBe(10)
    expect(seatsPerUnit(options, { handle: "open-library", metadata: { b2b_seats: 3 } })).toBeNull()
    expect(seatsPerUnit(options, { handle: "x", metadata: { b2b_seats: "unlimited" } })).toBeNull()
  })

  it("ignores nonsense seat numbers", () => {
    for (const b2b_seats of [0, -1, 1.5, "many", null]) {
      expect(seatsPerUnit(options, { handle: "x", metadata: { b2b_seats } })).toBe(2)
    }
  })

  it("multiplies by the quantity, unlimited stays unlimited", () => {
    expect(seatsForLine(2, 3)).toBe(6)
    expect(seatsForLine(null, 3)).toBeNull()
  })

  it("knows the two entitlement kinds", () => {
    expect(entitlementKindOf({ b2b_entitlement: "subscription" })).toBe("subscription")
    expect(entitlementKindOf({ b2b_entitlement: "training" })).toBe("training")
    expect(entitlementKindOf({ b2b_entitlement: "book" })).toBeNull()
    expect(entitlementKindOf(null)).toBeNull()
  })
})
