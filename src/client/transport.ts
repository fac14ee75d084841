import type Medusa from "@medusajs/js-sdk"
import { errorOfAnswer } from "./errors"

// The one place the client calls the store. The SDK's own `client.fetch` drops an error's body
// (its FetchError keeps the message and status only), so the client sends the request itself,
// with exactly what the SDK would send: its base URL, publishable key, global headers, and the
// customer's auth (the stored JWT, or the session cookie with `credentials: "include"`).

/** The SDK's settings the client reads (`sdk.client`'s configuration, kept private by its types). */
type SdkSettings = {
  baseUrl: string
  publishableKey?: string
  apiKey?: string
  globalHeaders?: Record<string, string | null | undefined>
  auth?: { type?: "jwt" | "session"; fetchCredentials?: RequestCredentials }
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[]
export type Query = Record<string, QueryValue>

export type RequestOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Query
  body?: unknown
  /** The organization the call acts for (`x-organization-id`), where the route reads it. */
  organizationId?: string
  /** More headers, e.g. `x-forwarded-for` from a server-rendered storefront (see README). */
  headers?: Record<string, string>
}

export type Transport = <T>(path: string, options?: RequestOptions) => Promise<T>

const settingsOf = (sdk: Medusa): SdkSettings => {
  const settings = Reflect.get(sdk.client, "config") as SdkSettings | undefined
  if (!settings?.baseUrl) throw new Error("B2BClient: pass the storefront's Medusa SDK instance (new Medusa({ baseUrl, publishableKey }))")
  return settings
}

function urlOf(baseUrl: string, path: string, query?: Query) {
  const url = new URL(`${baseUrl.replace(/\/$/, "")}/${path.replace(/^\//, "")}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue
    url.searchParams.set(key, Array.isArray(value) ? value.join(",") : String(value))
  }
  return url
}

/** The transport of one SDK instance: answers the parsed JSON, or throws a B2BError. */
export function transportOf(sdk: Medusa, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Transport {
  return async <T>(path: string, { method = "GET", query, body, organizationId, headers: extra }: RequestOptions = {}) => {
    const settings = settingsOf(sdk)
    const session = settings.auth?.type === "session"
    const token = session ? null : await sdk.client.getToken()
    const headers: Record<string, string> = { accept: "application/json" }
    if (body !== undefined) headers["content-type"] = "application/json"
    if (settings.publishableKey) headers["x-publishable-api-key"] = settings.publishableKey
    for (const [key, value] of Object.entries(settings.globalHeaders ?? {})) if (value != null) headers[key] = value
    if (settings.apiKey) headers.authorization = `Basic ${btoa(`${settings.apiKey}:`)}`
    if (token) headers.authorization = `Bearer ${token}`
    if (organizationId) headers["x-organization-id"] = organizationId
    Object.assign(headers, extra)
    const response = await fetchImpl(urlOf(settings.baseUrl, path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // As the SDK: the session cookie goes along only in session mode.
      ...("credentials" in Request.prototype ? { credentials: session ? settings.auth?.fetchCredentials ?? "include" : "omit" } : {}),
    })
    const text = await response.text()
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    if (!response.ok) throw errorOfAnswer(response.status, parsed, response.headers.get("retry-after"))
    return parsed as T
  }
}
