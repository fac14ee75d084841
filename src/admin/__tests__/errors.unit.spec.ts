import { errorMessage, fieldErrors } from "../lib/errors"

describe("fieldErrors: the API's validation messages, per form field", () => {
  it("splits Medusa's joined zod messages and keys them by the last part of the field's path", () => {
    const error = {
      message:
        "Invalid request: Field 'name' is required; Value for field 'company.vat_number' too big, expected at most: '32'; " +
        "Expected: 'admin, buyer, requester' for field 'role', but got: 'owner'",
    }
    expect(fieldErrors(error)).toEqual({
      fields: {
        name: "Field 'name' is required",
        vat_number: "Value for field 'company.vat_number' too big, expected at most: '32'",
        role: "Expected: 'admin, buyer, requester' for field 'role', but got: 'owner'",
      },
      general: [],
    })
  })

  it("keeps the plugin's own messages that name a field, and the rest as general errors", () => {
    expect(fieldErrors({ message: "Field 'country_code' must be a two-letter ISO 3166-1 country code" }).fields).toEqual({
      country_code: "Field 'country_code' must be a two-letter ISO 3166-1 country code",
    })
    expect(fieldErrors({ message: "Customer cus_1 is already a member of this organization" })).toEqual({
      fields: {},
      general: ["Customer cus_1 is already a member of this organization"],
    })
  })

  it("reads the message of anything thrown", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom")
    expect(errorMessage("plain")).toBe("plain")
  })
})
