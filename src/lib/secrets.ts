import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

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
