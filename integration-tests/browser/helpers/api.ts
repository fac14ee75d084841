// Test data through the store's own HTTP API, the way a merchant's scripts or a storefront would.
import { ADMIN } from "./store"

async function call<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${JSON.stringify(body)}`)
  return body as T
}

export type AdminApi = Awaited<ReturnType<typeof adminApi>>

/** Logs in as the test admin and returns helpers that call the admin API with its token. */
export async function adminApi(base: string) {
  const { token } = await call<{ token: string }>(`${base}/auth/user/emailpass`, { method: "POST", json: ADMIN })
  const headers = { authorization: `Bearer ${token}` }
  const get = <T = any>(path: string) => call<T>(`${base}${path}`, { headers })
  const post = <T = any>(path: string, json: unknown = {}) => call<T>(`${base}${path}`, { method: "POST", headers, json })
  return {
    get,
    post,
    createCustomer: (email: string, first_name: string, last_name: string) =>
      post<{ customer: { id: string; email: string } }>("/admin/customers", { email, first_name, last_name }).then((r) => r.customer),
    publishableKey: async () => {
      const { api_key } = await post<{ api_key: { id: string; token: string } }>("/admin/api-keys", {
        title: "Browser tests",
        type: "publishable",
      })
      const { sales_channels } = await get<{ sales_channels: { id: string }[] }>("/admin/sales-channels?limit=1")
      if (sales_channels[0]) {
        await post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channels[0].id] })
      }
      return api_key.token
    },
  }
}

/** A company asks for an account from the storefront (no login, publishable key only). */
export function requestAccount(base: string, publishableKey: string, body: unknown) {
  return call<{ account_request: { id: string } }>(`${base}/store/account-requests`, {
    method: "POST",
    headers: { "x-publishable-api-key": publishableKey },
    json: body,
  })
}
