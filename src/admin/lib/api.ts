// The dashboard is served by the same Medusa server, so the admin session cookie
// authenticates these calls.
export async function adminFetch<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: "include" })
  const body = await response.json()
  if (!response.ok) {
    throw new Error(body?.message ?? `Request failed with status ${response.status}`)
  }
  return body as T
}
