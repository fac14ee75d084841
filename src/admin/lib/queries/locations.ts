import { useQuery } from "@tanstack/react-query"
import type { Location, Page } from "../types"
import type { CreateLocationBody, UpdateLocationBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { locationKeys, memberKeys, portalKeys } from "./keys"

const base = (organizationId: string) => `/admin/organizations/${organizationId}/locations`

export function useLocations(organizationId: string, query: Query) {
  return useQuery({
    queryKey: locationKeys(organizationId).list(query),
    queryFn: () => api.get<Page & { locations: Location[] }>(base(organizationId), query),
  })
}

/** Creates (no `id`) or updates a location; members show their locations' labels. */
export function useSaveLocation(organizationId: string) {
  return useApiMutation(
    ({ id, body }: { id?: string; body: CreateLocationBody | UpdateLocationBody }) => api.post<{ location: Location }>(id ? `${base(organizationId)}/${id}` : base(organizationId), body),
    () => [locationKeys(organizationId).all, memberKeys(organizationId).all]
  )
}

/** Members, portal codes and installations refer to a location: they show the change too. */
export function useDeleteLocation(organizationId: string) {
  return useApiMutation(
    (id: string) => api.delete(`${base(organizationId)}/${id}`),
    () => [locationKeys(organizationId).all, memberKeys(organizationId).all, portalKeys(organizationId).all]
  )
}
