import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto"

/**
 * Secrets (invitation links, activation links, access codes) are 32 random bytes from the
 * CSPRNG, shown once, and stored only as a SHA-256 hash. Lookups go by hash, so the database
 * never compares the secret itself; the final comparison is constant-time.
 */
export function createSecret() {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashSecret(token) }
}

export function hashSecret(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function secretMatches(token: string, hash: string) {
  const candidate = Buffer.from(hashSecret(token), "hex")
  const stored = Buffer.from(hash, "hex")
  return candidate.length === stored.length && timingSafeEqual(candidate, stored)
}

// Letters and digits that cannot be mistaken for each other when read aloud or typed
// (no 0/O, 1/I/L, 5/S, 8/B, 2/Z).
const READABLE = "ACDEFGHJKMNPQRTUVWXY34679"

/** Normalizes a code as typed: case, spaces and dashes do not matter. */
export const normalizeReadable = (input: string) => input.toUpperCase().replace(/[^A-Z0-9]/g, "")

/**
 * A code to read aloud: `groups` groups of 4 from 25 unambiguous characters (4 groups: about
 * 74 bits), shown once; only the hash of its normalized form is stored.
 */
export function createReadableSecret(groups = 4) {
  const characters = Array.from({ length: groups * 4 }, () => READABLE[randomInt(READABLE.length)])
  const code = Array.from({ length: groups }, (_, i) => characters.slice(i * 4, i * 4 + 4).join("")).join("-")
  return { code, hash: hashSecret(normalizeReadable(code)) }
}

/** A short-lived signed token: base64url JSON payload and its HMAC-SHA256, no state kept. */
export function signToken(payload: Record<string, unknown>, secret: string) {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${createHmac("sha256", secret).update(body).digest("base64url")}`
}

/** A token's payload without checking its signature (to find the key it must be verified with), or null. */
export function decodeToken(token: string): Record<string, unknown> | null {
  const [body, signature] = token.split(".")
  if (!body || !signature) return null
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
    return payload && typeof payload === "object" && !Array.isArray(payload) ? payload : null
  } catch {
    return null
  }
}

/** A signing key bound to `parts` (e.g. stored secret hashes): changing a part voids every token signed with it. */
export function deriveKey(secret: string, ...parts: string[]) {
  return createHmac("sha256", secret).update(parts.join("\u0000")).digest("base64url")
}

/** Medusa's fallback JWT secret, public knowledge: with it anybody signs tokens for the store. */
export const MEDUSA_DEFAULT_SECRET = "supersecret"

/** The warning to log at start when the store signs with Medusa's default secret outside development, or null. */
export function defaultSecretWarning(jwtSecret: unknown, nodeEnv: string | undefined) {
  if (jwtSecret !== MEDUSA_DEFAULT_SECRET || nodeEnv === "development") return null
  return (
    `[b2b-accounts] http.jwtSecret is Medusa's default "${MEDUSA_DEFAULT_SECRET}" (NODE_ENV=${nodeEnv ?? "unset"}): ` +
    "anybody can sign customer and admin tokens for this store. Set JWT_SECRET (and COOKIE_SECRET) to long random values."
  )
}

/** The payload of a token signed with `secret`, or null (forged, malformed). */
export function verifyToken(token: string, secret: string): Record<string, unknown> | null {
  const [body, signature] = token.split(".")
  if (!body || !signature) return null
  const expected = Buffer.from(createHmac("sha256", secret).update(body).digest("base64url"))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
  } catch {
    return null
  }
}
