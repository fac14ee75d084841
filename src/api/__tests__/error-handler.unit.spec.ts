import { MedusaError } from "@medusajs/framework/utils"
import { genericCodeOf, refusalOf, transportErrorOf, validationErrorsOf } from "../error-handler"
import { UnsupportedMediaTypeError } from "../utils/transport-guard"

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

describe("genericCodeOf / transportErrorOf: every 4xx has a code", () => {
  it("takes Medusa's error type as the code, else one by status", () => {
    expect(genericCodeOf(400)).toBe("invalid_data")
    expect(genericCodeOf(401)).toBe("unauthorized")
    expect(genericCodeOf(403)).toBe("forbidden")
    expect(genericCodeOf(404)).toBe("not_found")
    expect(genericCodeOf(409)).toBe("conflict")
    expect(genericCodeOf(429)).toBe("rate_limited")
    expect(genericCodeOf(413)).toBe("payload_too_large")
    // Any other 4xx is still one of the documented codes.
    expect(genericCodeOf(422)).toBe("invalid_data")
  })

  it("answers body-parser failures and the JSON-only refusal with a code, not Medusa's 500", () => {
    const parse = Object.assign(new Error("Unexpected token"), { status: 400, statusCode: 400, type: "entity.parse.failed", expose: true })
    expect(transportErrorOf(parse)).toEqual({
      status: 400,
      body: { type: "invalid_data", code: "invalid_data", message: "The request body is not valid JSON" },
    })
    const large = Object.assign(new Error("request entity too large"), { status: 413, statusCode: 413, type: "entity.too.large", expose: true })
    expect(transportErrorOf(large)?.body.code).toBe("payload_too_large")
    expect(transportErrorOf(new UnsupportedMediaTypeError("Content-Type 'text/plain' is not accepted"))).toEqual({
      status: 415,
      body: { type: "unsupported_media_type", code: "unsupported_media_type", message: "Content-Type 'text/plain' is not accepted" },
    })
    expect(transportErrorOf(new MedusaError(MedusaError.Types.INVALID_DATA, "x"))).toBeNull()
  })
})
