// The store's clients for one request of the zone's server: Medusa's SDK and the plugin's
// client on top of it, with the visitor's login and address. Server-only: the token never
// reaches the browser.
import Medusa from "@medusajs/js-sdk"
import { B2BClient } from "medusa-plugin-b2b-accounts/client"
import { headers } from "next/headers"
import { backendUrl, publishableKey } from "./config"
import { authToken } from "./session"

/**
 * The visitor's own address, forwarded so that the store's per-visitor limits (account
 * requests, portal codes, activations) count visitors, not this server. The store believes it
 * only from addresses its `trustProxy` option lists (README: server-rendered storefronts).
 */
export async function visitorAddress() {
  const forwarded = (await headers()).get("x-forwarded-for")
  return forwarded?.split(",")[0]?.trim() || null
}

export async function medusa({ token }: { token?: string | null } = {}) {
  const login = token === undefined ? await authToken() : token
  const visitor = await visitorAddress()
  const globalHeaders: Record<string, string> = {}
  if (login) globalHeaders.authorization = `Bearer ${login}`
  if (visitor) globalHeaders["x-forwarded-for"] = visitor
  const sdk = new Medusa({
    baseUrl: backendUrl(),
    publishableKey: publishableKey(),
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    globalHeaders,
  })
  return { sdk, b2b: new B2BClient(sdk), loggedIn: Boolean(login) }
}
