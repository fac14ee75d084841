import { COMPANY_NUMBER_RULES, checkCompanyNumbers, checkRegistrationNumber, checkVatNumber, vatPrefix } from "../company-numbers"

describe("checkVatNumber", () => {
  it.each([
    ["NL000099998B57", "nl", "NL000099998B57"],
    ["nl 0000.99998.B57", "nl", "NL000099998B57"],
    ["BE0403170701", "be", "BE0403170701"],
    ["0403.170.701", "be", "BE0403170701"],
    ["DE129273398", "de", "DE129273398"],
  ])("accepts %s for %s", (value, country, normalized) => {
    expect(checkVatNumber(value, country)).toEqual({ valid: true, normalized })
  })

  it.each([
    ["NL123456789B01", "nl", /check digit/],
    ["BE0403170702", "be", /check digit/],
    ["NL12345", "nl", /format/],
    ["BE0403170701", "nl", /NL VAT number/],
    ["XX123456789", "nl", /supported country/],
  ])("refuses %s for %s", (value, country, reason) => {
    const result = checkVatNumber(value, country)
    expect(result.valid).toBe(false)
    expect(!result.valid && result.reason).toMatch(reason)
  })
})

describe("checkRegistrationNumber", () => {
  it("takes a Dutch KvK number of 8 digits", () => {
    expect(checkRegistrationNumber("3456 7890", "nl")).toEqual({ valid: true, normalized: "34567890" })
    for (const bad of ["1234567", "123456789", "1234567a"]) {
      expect(checkRegistrationNumber(bad, "NL")).toEqual({
        valid: false,
        rule: "kvk_format",
        reason: "must be a Dutch KvK number of 8 digits",
      })
    }
  })

  it("checks the Belgian enterprise number with mod 97", () => {
    expect(checkRegistrationNumber("0403.170.701", "be")).toEqual({ valid: true, normalized: "0403170701" })
    expect(checkRegistrationNumber("0403170702", "be")).toEqual({
      valid: false,
      rule: "kbo_checksum",
      reason: "fails the Belgian enterprise number check (mod 97)",
    })
    expect(checkRegistrationNumber("2403170701", "be").valid).toBe(false)
    expect(checkRegistrationNumber("040317070", "be").valid).toBe(false)
  })

  it("takes letters and digits elsewhere", () => {
    expect(checkRegistrationNumber("HRB 12345", "de")).toEqual({ valid: true, normalized: "HRB12345" })
    expect(checkRegistrationNumber("", "de").valid).toBe(false)
    expect(checkRegistrationNumber("x".repeat(33), "fr").valid).toBe(false)
  })
})

describe("checkCompanyNumbers (the rule of every door)", () => {
  it("normalizes valid numbers against the country", () => {
    expect(checkCompanyNumbers({ vat_number: "nl 0000.99998.B57", registration_number: "3456 7890", country_code: "nl" })).toEqual({
      issues: [],
      normalized: { vat_number: "NL000099998B57", registration_number: "34567890" },
    })
  })

  it("names each bad number with its reason", () => {
    expect(checkCompanyNumbers({ vat_number: "NL123456789B01", registration_number: "1234567", country_code: "NL" }).issues).toEqual([
      { field: "vat_number", rule: "vat_checksum", reason: "fails the check digit test" },
      { field: "registration_number", rule: "kvk_format", reason: "must be a Dutch KvK number of 8 digits" },
    ])
  })

  it("checks a VAT number without a country against its own prefix", () => {
    expect(checkCompanyNumbers({ vat_number: "BE0403170701" }).normalized).toEqual({ vat_number: "BE0403170701" })
    expect(checkCompanyNumbers({ vat_number: "NL123456789B01" }).issues).toEqual([
      { field: "vat_number", rule: "vat_checksum", reason: "fails the check digit test" },
    ])
    expect(checkCompanyNumbers({ vat_number: "123456789" }).issues[0].reason).toMatch(/country prefix/)
  })

  it("leaves out what is not given", () => {
    expect(checkCompanyNumbers({ vat_number: null, registration_number: "" })).toEqual({ issues: [], normalized: {} })
  })
})

describe("rules: a stable key per failure, for storefronts to translate", () => {
  // The reason stays the API's English sentence; the rule is what a form maps to its language.
  it.each([
    ["vat_country_unsupported", () => checkVatNumber("XX123456789", "nl"), "is not a VAT number of a supported country"],
    ["vat_country_mismatch", () => checkVatNumber("BE0403170701", "nl"), "must be a NL VAT number (starting with NL)"],
    ["vat_country_mismatch", () => checkVatNumber("DE129273398", "gr"), "must be a GR VAT number (starting with EL)"],
    ["vat_format", () => checkVatNumber("NL12345", "nl"), "has the wrong format"],
    ["vat_checksum", () => checkVatNumber("NL123456789B01", "nl"), "fails the check digit test"],
    ["kvk_format", () => checkRegistrationNumber("1234567", "nl"), "must be a Dutch KvK number of 8 digits"],
    ["kbo_format", () => checkRegistrationNumber("2403170701", "be"), "must be a Belgian enterprise number of 10 digits starting with 0 or 1"],
    ["kbo_checksum", () => checkRegistrationNumber("0403170702", "be"), "fails the Belgian enterprise number check (mod 97)"],
    ["registration_format", () => checkRegistrationNumber("HRB-12345!", "de"), "must be 1 to 32 letters or digits"],
  ])("%s", (rule, check, reason) => {
    expect(check()).toEqual({ valid: false, rule, reason })
  })

  it("names the rule in every issue, also without a country", () => {
    expect(checkCompanyNumbers({ vat_number: "123456789" }).issues).toEqual([
      { field: "vat_number", rule: "vat_country_missing", reason: "needs its country prefix (e.g. NL) or a country_code" },
    ])
  })

  it("lists every rule once, and valid answers carry none", () => {
    expect(new Set(COMPANY_NUMBER_RULES).size).toBe(COMPANY_NUMBER_RULES.length)
    expect(checkVatNumber("NL000099998B57", "nl")).not.toHaveProperty("rule")
  })

  it("knows Greece's VAT prefix", () => {
    expect([vatPrefix("gr"), vatPrefix("NL"), vatPrefix("be")]).toEqual(["EL", "NL", "BE"])
  })
})
