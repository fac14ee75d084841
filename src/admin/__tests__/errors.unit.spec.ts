import { ApiError, codeOf, errorMessage, fieldErrors, statusOf } from "../lib/errors"

describe("fieldErrors: the API's field errors (`errors: [{ field, message }]`), per form field", () => {
  it("keys them by the last part of the field's path, the first message per field", () => {
    const error = new ApiError("Invalid request: …", 400, "invalid_data", undefined, [
      { field: "name", message: "Field 'name' is required" },
      { field: "company.vat_number", message: "Field 'company.vat_number' fails the check digit test" },
      { field: "company.vat_number", message: "a second message" },
    ])
    expect(fieldErrors(error)).toEqual({
      fields: {
        name: "Field 'name' is required",
        vat_number: "Field 'company.vat_number' fails the check digit test",
      },
      general: [],
    })
  })

  it("gives the message of an error that names no field as a general one", () => {
    expect(fieldErrors(new ApiError("Customer cus_1 is already a member of this organization", 409, "conflict", "conflict"))).toEqual({
      fields: {},
      general: ["Customer cus_1 is already a member of this organization"],
    })
    expect(fieldErrors(new Error("Failed to fetch"))).toEqual({ fields: {}, general: ["Failed to fetch"] })
  })

  it("reads status and refusal code of an answer, and the message of anything thrown", () => {
    const refusal = new ApiError("An organization with the same VAT number exists", 409, "conflict", "possible_duplicate")
    expect([statusOf(refusal), codeOf(refusal)]).toEqual([409, "possible_duplicate"])
    expect([statusOf(new Error("offline")), codeOf(new Error("offline"))]).toEqual([0, undefined])
    expect(errorMessage(new Error("boom"))).toBe("boom")
    expect(errorMessage("plain")).toBe("plain")
  })
})
