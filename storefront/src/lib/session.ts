// The customer's login (Medusa's JWT) and the open cart, in httpOnly cookies: only the zone's
// server reads them, the browser's scripts never do.
import { cookies } from "next/headers"

const AUTH = "_b2b_jwt"
const CART = "_b2b_cart"
const PORTAL = "_b2b_portal"

const options = (maxAgeDays: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NODE_ENV === "production" && process.env.B2B_ZONE_INSECURE_COOKIES !== "1",
  path: "/",
  maxAge: 60 * 60 * 24 * maxAgeDays,
})

export async function authToken() {
  return (await cookies()).get(AUTH)?.value ?? null
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH, token, options(7))
}

/** Signing out forgets the login and the cart (the cart belongs to that login). */
export async function clearSession() {
  const jar = await cookies()
  jar.delete(AUTH)
  jar.delete(CART)
}

/**
 * Whom the visitor buys for (an organization, or null: privately) and the open cart, if one
 * was created yet: a cart belongs to one organization from its creation.
 */
export type CartRef = { id: string | null; organizationId: string | null }

export async function cartRef(): Promise<CartRef | null> {
  const value = (await cookies()).get(CART)?.value
  if (!value) return null
  const [organizationId, id] = value.split(":")
  return { id: id || null, organizationId: organizationId || null }
}

export async function setCartRef({ id, organizationId }: CartRef) {
  ;(await cookies()).set(CART, `${organizationId ?? ""}:${id ?? ""}`, options(30))
}

export async function clearCartRef() {
  ;(await cookies()).delete(CART)
}

/** A portal code session (read-only, no customer login). */
export async function portalToken() {
  return (await cookies()).get(PORTAL)?.value ?? null
}

export async function setPortalToken(token: string, expiresAt: string | null) {
  const maxAge = expiresAt ? Math.max(60, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000)) : 60 * 60
  ;(await cookies()).set(PORTAL, token, { ...options(1), maxAge })
}

export async function clearPortalToken() {
  ;(await cookies()).delete(PORTAL)
}
