import { tokenRefusalOf } from "../token-state"

describe("why a link does not work", () => {
  it("unknown, used, expired: one code and sentence each; a usable link has none", () => {
    expect(tokenRefusalOf("activation", null)?.code).toBe("token_invalid")
    expect(tokenRefusalOf("activation", { used: true, expired: true })?.code).toBe("token_used")
    expect(tokenRefusalOf("invitation", { used: false, expired: true })).toEqual({
      code: "token_expired",
      message: "This invitation has expired: ask your organization's administrator for a new one",
    })
    expect(tokenRefusalOf("invitation", { used: false, expired: false })).toBeNull()
  })
})
