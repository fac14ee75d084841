import { addressKey, matchingLocation } from "../addresses"

const office = { id: "loc_1", address_1: "Dorpsstraat 1", address_2: null, city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

describe("matchingLocation", () => {
  it("matches ignoring case, spacing and the space in postal codes", () => {
    const shipped = { address_1: " dorpsstraat  1 ", address_2: "", city: "UTRECHT", postal_code: "3511aa", country_code: "NL" }
    expect(matchingLocation([office], shipped)?.id).toBe("loc_1")
  })

  it("does not match another house number, city or country", () => {
    for (const change of [{ address_1: "Dorpsstraat 11" }, { city: "Amersfoort" }, { country_code: "be" }, { address_2: "2nd floor" }]) {
      expect(matchingLocation([office], { ...office, ...change })).toBeUndefined()
    }
  })

  it("needs an address", () => {
    expect(matchingLocation([office], null)).toBeUndefined()
    expect(matchingLocation([office], {})).toBeUndefined()
    expect(addressKey({})).toBe("||||")
  })
})
