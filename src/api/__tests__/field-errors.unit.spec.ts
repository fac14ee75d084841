import { validationErrorsOf } from "../error-handler"
import { fieldPath, invalidFields } from "../../lib/field-errors"

describe("invalidFields: one 400 naming every field, as the error handler reads it", () => {
  it("writes array indexes in brackets", () => {
    expect(fieldPath(["members", 3, "email"])).toBe("members[3].email")
    expect(fieldPath(["members", 12, "grants", 0])).toBe("members[12].grants[0]")
    expect(fieldPath(["company", "vat_number"])).toBe("company.vat_number")
    expect(fieldPath([])).toBe("")
  })

  it("round-trips every issue, more than Medusa's three, through validationErrorsOf", () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ field: `members[${i * 2}].email`, reason: "must be an e-mail address" }))
    const error = invalidFields(issues)
    expect(error.type).toBe("invalid_data")
    expect(validationErrorsOf(error)).toEqual(
      issues.map(({ field }) => ({ field, message: `Field '${field}' must be an e-mail address` }))
    )
  })
})
