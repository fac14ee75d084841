import { useQuery } from "@tanstack/react-query"
import type { Entitlement, Page } from "../types"
import type { CreateEntitlementBody, UpdateEntitlementBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { entitlementKeys } from "./keys"

const base = (organizationId: string) => `/admin/organizations/${organizationId}/entitlements`

export function useEntitlements(organizationId: string, query: Query) {
  return useQuery({
    queryKey: entitlementKeys(organizationId).list(query),
    queryFn: () => api.get<Page & { entitlements: Entitlement[] }>(base(organizationId), query),
  })
}

/** Creates (no `id`) or updates an entitlement. */
export function useSaveEntitlement(organizationId: string) {
  return useApiMutation(
    ({ id, body }: { id?: string; body: CreateEntitlementBody | UpdateEntitlementBody }) => api.post(id ? `${base(organizationId)}/${id}` : base(organizationId), body),
    () => [entitlementKeys(organizationId).all]
  )
}

export function useDeleteEntitlement(organizationId: string) {
  return useApiMutation((id: string) => api.delete(`${base(organizationId)}/${id}`), () => [entitlementKeys(organizationId).all])
}
