import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

type Query = Record<string, string | number | boolean | string[] | undefined>

// Every query of this plugin lives under this key, so a change refreshes all of them.
const ROOT_KEY = "b2b-accounts"

export const api = {
  get: <T>(path: string, query?: Query) => sdk.client.fetch<T>(path, { query }),
  post: <T>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body }),
  delete: <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" }),
}

/** GET `path` (with `query`); `enabled: false` skips it, e.g. while an id is missing. */
export function useApiQuery<T>(path: string, query?: Query, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [ROOT_KEY, path, query ?? {}],
    queryFn: () => api.get<T>(path, query),
    enabled: options.enabled ?? true,
  })
}

/** A write; afterwards every query of the plugin (and the widgets on Medusa's pages) refetches. */
export function useApiMutation<TVariables, TResult = unknown>(
  request: (variables: TVariables) => Promise<TResult>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT_KEY] }),
  })
}

/** The API's message (`{ type, message }`), or the error's own. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String(error.message)
  return String(error)
}

/**
 * Splits a validation message ("Field 'name' is required; Value for field 'company.vat_number' …")
 * into messages per field (the last part of the path) and the rest.
 */
export function fieldErrors(error: unknown): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {}
  const general: string[] = []
  const message = errorMessage(error).replace(/^Invalid request:\s*/, "")
  for (const part of message.split(/;\s*/).filter(Boolean)) {
    const match = part.match(/field '([^']+)'/i)
    const field = match?.[1].split(".").pop()
    if (field && !fields[field]) fields[field] = part
    else general.push(part)
  }
  return { fields, general }
}
