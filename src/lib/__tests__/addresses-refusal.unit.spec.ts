import { describeLocation, locationRefusalMessage } from "../addresses"

const gent = { label: "Warehouse Gent", address_1: "Industrieweg 1", city: "Gent", postal_code: "9000", country_code: "be" }

describe("location refusals a shopper can read", () => {
  it("names a location by its label and address", () => {
    expect(describeLocation(gent)).toBe("Warehouse Gent (Industrieweg 1, 9000 Gent)")
    expect(describeLocation({ ...gent, label: null, address_2: "Hal 3" })).toBe("Industrieweg 1, Hal 3, 9000 Gent")
  })

  it("lists the usable locations, at most five, and says how many more", () => {
    expect(locationRefusalMessage([gent])).toBe(
      "Orders for your organization ship to its delivery addresses only. Choose one of: Warehouse Gent (Industrieweg 1, 9000 Gent)"
    )
    const many = Array.from({ length: 7 }, (_, i) => ({ ...gent, label: `Site ${i + 1}` }))
    const message = locationRefusalMessage(many)
    expect(message).toContain("Site 5 (")
    expect(message).not.toContain("Site 6")
    expect(message.endsWith(" and 2 more")).toBe(true)
  })

  it("tells a member without any usable location whom to ask", () => {
    expect(locationRefusalMessage([])).toMatch(/no delivery address of your organization.*ask an administrator/)
  })
})
