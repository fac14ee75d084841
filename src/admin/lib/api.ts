import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export { errorMessage, fieldErrors } from "./errors"

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
