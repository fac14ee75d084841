import { loginEmailOf, loginVerdict, PROOF_KEY } from "../login-proof"

const emailpass = (entity_id: string, app_metadata: Record<string, unknown> = {}) => ({
  app_metadata,
  provider_identities: [{ provider: "emailpass", entity_id }],
})

describe("loginEmailOf", () => {
  it("is emailpass's own address, in lower case", () => {
    expect(loginEmailOf(emailpass("Jan@Bakkerij.test"), "emailpass")).toBe("jan@bakkerij.test")
  })
  it("is another provider's e-mail only when it says it is verified", () => {
    const google = (email_verified: unknown) => ({
      provider_identities: [{ provider: "google", entity_id: "123", user_metadata: { email: "Jan@X.test", email_verified } }],
    })
    expect(loginEmailOf(google(true), "google")).toBe("jan@x.test")
    expect(loginEmailOf(google(false), "google")).toBeNull()
    expect(loginEmailOf(google("true"), "google")).toBeNull()
  })
  it("is nothing for a provider the identity does not have", () => {
    expect(loginEmailOf(emailpass("a@b.test"), "google")).toBeNull()
    expect(loginEmailOf(emailpass("a@b.test"), undefined)).toBeNull()
  })
})

describe("loginVerdict", () => {
  const base = { provider: "emailpass", tokenProof: undefined, customerEmail: "Jan@Bakkerij.test" }
  it("acts when the login is the record's e-mail, in any case", () => {
    expect(loginVerdict({ ...base, identity: emailpass("jan@bakkerij.test") })).toBe("acts")
  })
  it("acts for no organization when the login is another address (a squatted record)", () => {
    expect(loginVerdict({ ...base, identity: emailpass("attacker@evil.test") })).toBe("other_email")
    expect(loginVerdict({ ...base, customerEmail: null, identity: emailpass("jan@bakkerij.test") })).toBe("other_email")
  })
  it("is superseded when the identity's proof key changed since the token was issued", () => {
    const identity = emailpass("jan@bakkerij.test", { [PROOF_KEY]: "new" })
    expect(loginVerdict({ ...base, identity, tokenProof: undefined })).toBe("session_superseded")
    expect(loginVerdict({ ...base, identity, tokenProof: "old" })).toBe("session_superseded")
    expect(loginVerdict({ ...base, identity, tokenProof: "new" })).toBe("acts")
  })
  it("judges the session before the address: an old session of another login is superseded too", () => {
    const identity = emailpass("attacker@evil.test", { [PROOF_KEY]: "new" })
    expect(loginVerdict({ ...base, identity, tokenProof: "old" })).toBe("session_superseded")
  })
})
