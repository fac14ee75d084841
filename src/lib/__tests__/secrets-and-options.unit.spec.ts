import { resolveOptions } from "../options"
import {
  createReadableSecret,
  createSecret,
  defaultSecretWarning,
  hashSecret,
  normalizeReadable,
  secretMatches,
  signToken,
  verifyToken,
} from "../secrets"

describe("secrets", () => {
  it("are 32 random bytes, stored as a SHA-256 hash that only the secret matches", () => {
    const { token, hash } = createSecret()
    expect(Buffer.from(token, "base64url")).toHaveLength(32)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain(token)
    expect(secretMatches(token, hash)).toBe(true)
    expect(secretMatches(`${token}x`, hash)).toBe(false)
    expect(secretMatches(token, "abcd")).toBe(false)
    expect(hashSecret(token)).toBe(hash)
  })

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createSecret().token))
    expect(tokens.size).toBe(1000)
  })
})

describe("plugin options", () => {
  it("default to a 7-day invitation and named templates", () => {
    expect(resolveOptions()).toEqual({
      storefrontUrl: "http://localhost:8000",
      invitationTtlSeconds: 604800,
      activationTtlSeconds: 604800,
      accountRequestLimit: { limit: 5, windowSeconds: 3600 },
      defaultSeats: 2,
      seatOverrides: {},
      subscriptionMonths: 12,
      portalSessionTtlSeconds: 900,
      portalAttempts: { limit: 5, windowSeconds: 900 },
      templates: {
        invitation: "b2b-organization-invitation",
        memberRemoved: "b2b-member-removed",
        memberDeactivated: "b2b-member-deactivated",
        accountRequestApproved: "b2b-account-request-approved",
        accountRequestReceived: "b2b-account-request-received",
        accountRequestRejected: "b2b-account-request-rejected",
        memberActivation: "b2b-member-activation",
        approvalRequested: "b2b-approval-requested",
        approvalDecided: "b2b-approval-decided",
        seatAssigned: "b2b-seat-assigned",
        passwordReset: "b2b-password-reset",
        subscriptionEnding: "b2b-subscription-ending",
      },
      tokenAttempts: { limit: 10, windowSeconds: 600 },
      trustProxy: 0,
      passwordResetEmails: false,
      approvalExpiryDays: 30,
      subscriptionReminderDays: 30,
    })
  })

  it("take overrides and drop a trailing slash from the storefront URL", () => {
    const options = resolveOptions({
      storefrontUrl: "https://shop.example/",
      invitationTtlSeconds: 60,
      templates: { invitation: "my-invite" },
    })
    expect(options.storefrontUrl).toBe("https://shop.example")
    expect(options.invitationTtlSeconds).toBe(60)
    expect(options.templates.invitation).toBe("my-invite")
    expect(options.templates.memberRemoved).toBe("b2b-member-removed")
    expect(resolveOptions({ invitationTtlSeconds: -5 }).invitationTtlSeconds).toBe(604800)
    // Only a real `true` turns the reset e-mails on (an env string "false" must not).
    expect(resolveOptions({ passwordResetEmails: true }).passwordResetEmails).toBe(true)
    expect(resolveOptions({ passwordResetEmails: "false" as unknown as boolean }).passwordResetEmails).toBe(false)
    // 0 turns expiry and reminders off; what is not a count of days keeps the default.
    expect([0, 7, -1, "x", null].map((approvalExpiryDays) => resolveOptions({ approvalExpiryDays } as any).approvalExpiryDays)).toEqual([0, 7, 30, 30, 30])
    expect(resolveOptions({ subscriptionReminderDays: 0 }).subscriptionReminderDays).toBe(0)
    expect([true, 2, false, -1, "x"].map((trustProxy) => resolveOptions({ trustProxy } as any).trustProxy)).toEqual([1, 2, 0, 0, 0])
  })
})

describe("readable codes and signed tokens", () => {
  it("makes 4 groups of 4 unambiguous characters, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => createReadableSecret().code))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{4}(-[ACDEFGHJKMNPQRTUVWXY34679]{4}){3}$/)
  })

  it("hashes the normalized code, so case, spaces and dashes do not matter", () => {
    const { code, hash } = createReadableSecret()
    expect(hashSecret(normalizeReadable(code.toLowerCase().replace(/-/g, " ")))).toBe(hash)
    expect(hash).not.toContain(normalizeReadable(code))
  })

  it("verifies its own signature and nothing else", () => {
    const token = signToken({ purpose: "test", n: 1 }, "secret")
    expect(verifyToken(token, "secret")).toEqual({ purpose: "test", n: 1 })
    expect(verifyToken(token, "other-secret")).toBeNull()
    const [, signature] = token.split(".")
    const forged = `${Buffer.from(JSON.stringify({ purpose: "test", n: 2 })).toString("base64url")}.${signature}`
    expect(verifyToken(forged, "secret")).toBeNull()
    expect(verifyToken("garbage", "secret")).toBeNull()
  })
})

describe("Medusa's default JWT secret", () => {
  it("is warned about at start everywhere but in development", () => {
    expect(defaultSecretWarning("supersecret", "production")).toMatch(/JWT_SECRET/)
    expect(defaultSecretWarning("supersecret", undefined)).toMatch(/NODE_ENV=unset/)
    expect(defaultSecretWarning("supersecret", "development")).toBeNull()
    expect(defaultSecretWarning("a-long-random-secret", "production")).toBeNull()
  })
})
