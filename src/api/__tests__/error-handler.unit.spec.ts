import { MedusaError } from "@medusajs/framework/utils"
import { refusalOf, validationErrorsOf } from "../error-handler"

describe("validationErrorsOf: the fields a validation failure names", () => {
  const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

  it("reads each issue of Medusa's joined message, nested paths joined by dots", () => {
    const error = invalid(
      "Invalid request: Field 'name' is required; Expected: 'admin, buyer, requester' for field 'role', but got: 'owner'; " +
        "Value for field 'company, vat_number' too big, expected at most: '32'"
    )
    expect(validationErrorsOf(error)).toEqual([
      { field: "name", message: "Field 'name' is required" },
      { field: "role", message: "Expected: 'admin, buyer, requester' for field 'role', but got: 'owner'" },
      { field: "company.vat_number", message: "Value for field 'company, vat_number' too big, expected at most: '32'" },
    ])
  })

  it("names every unrecognized field, and skips issues that name none", () => {
    expect(validationErrorsOf(invalid("Invalid request: Unrecognized fields: 'owner, role'; Invalid email address"))).toEqual([
      { field: "owner", message: "Unrecognized fields: 'owner, role'" },
      { field: "role", message: "Unrecognized fields: 'owner, role'" },
    ])
  })

  it("is null for anything but a validation failure", () => {
    expect(validationErrorsOf(invalid("Invitation is invalid or has expired"))).toBeNull()
    expect(validationErrorsOf(new MedusaError(MedusaError.Types.NOT_FOUND, "Invalid request: Field 'x' is required"))).toBeNull()
    expect(validationErrorsOf(new Error("Invalid request: Field 'x' is required"))).toBeNull()
  })
})

describe("refusalOf: a coded refusal", () => {
  it("answers { type, code, message }, plus errors when it names its field", () => {
    const plain = new MedusaError(MedusaError.Types.CONFLICT, "An organization with the same VAT number exists", "possible_duplicate")
    expect(refusalOf(plain)?.body).toEqual({ type: "conflict", code: "possible_duplicate", message: plain.message })
    const named = Object.assign(new MedusaError(MedusaError.Types.CONFLICT, "VAT number taken", "conflict"), { field: "vat_number" })
    expect(refusalOf(named)).toEqual({
      status: 409,
      body: { type: "conflict", code: "conflict", message: "VAT number taken", errors: [{ field: "vat_number", message: "VAT number taken" }] },
    })
  })
})
