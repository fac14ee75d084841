import { countryCode, optionalText, requiredText } from "../validators"

describe("shared validators", () => {
  it("normalises country codes to lower case and rejects anything but two letters", () => {
    expect(countryCode.parse("NL")).toBe("nl")
    for (const bad of ["NLD", "n", "1l", "", "n l"]) {
      const result = countryCode.safeParse(bad)
      expect(result.success).toBe(false)
    }
    expect(countryCode.safeParse("NLD").error?.issues[0].message).toMatch(/two-letter/)
  })

  it("trims text and bounds its length", () => {
    expect(requiredText().parse("  Acme  ")).toBe("Acme")
    expect(requiredText().safeParse("   ").success).toBe(false)
    expect(requiredText(5).safeParse("abcdef").success).toBe(false)
    expect(optionalText().parse(null)).toBeNull()
    expect(optionalText().parse(undefined)).toBeUndefined()
  })
})
