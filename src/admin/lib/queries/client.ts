import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { ApiError, type FieldError } from "../errors"
import { authType, backendUrl, sdk } from "../sdk"

// The one place the admin calls the API. Paths are written only in the resource files of this
// folder; components call their hooks.

export type Query = Record<string, string | number | boolean | string[] | undefined>

type ErrorBody = { message?: string; type?: string; code?: string; errors?: FieldError[] }

const url = (path: string) => `${backendUrl.replace(/\/$/, "")}/${path.replace(/^\//, "")}`

/**
 * A write. Not through `sdk.client.fetch`: its FetchError keeps only the message, and forms
 * need the body's `errors` (fields) and `code`. Authenticated the way the SDK is.
 */
async function write<T>(method: "POST" | "DELETE", path: string, body?: object): Promise<T> {
  const token = authType === "jwt" ? await sdk.client.getToken() : null
  const response = await fetch(url(path), {
    method,
    credentials: authType === "session" ? "include" : "omit",
    headers: {
      accept: "application/json",
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (response.status >= 300) {
    const error: ErrorBody = await response.json().catch(() => ({}))
    throw new ApiError(error.message ?? response.statusText, response.status, error.type, error.code, error.errors ?? [])
  }
  return response.json() as Promise<T>
}

export const api = {
  get: <T>(path: string, query?: Query) => sdk.client.fetch<T>(path, { query }),
  post: <T>(path: string, body: object = {}) => write<T>("POST", path, body),
  delete: <T>(path: string) => write<T>("DELETE", path),
}

/**
 * A write that refreshes only what it changed: `invalidates` names the query keys (prefixes)
 * of the records and lists the change touches. The promise resolves once those refetched.
 */
export function useApiMutation<TVariables, TResult = unknown>(
  request: (variables: TVariables) => Promise<TResult>,
  invalidates: (variables: TVariables, result: TResult) => readonly QueryKey[]
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: (result, variables) =>
      Promise.all(invalidates(variables, result).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
