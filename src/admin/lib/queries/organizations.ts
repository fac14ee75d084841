import { useQuery } from "@tanstack/react-query"
import type { DuplicateOrganization, EmailOutcome, Organization, Page } from "../types"
import type { CreateOrganizationBody, UpdateOrganizationBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { accessGroupKeys, customerMembershipKeys, duplicateOrganizationsKey as duplicatesKey, organizationKeys } from "./keys"

const BASE = "/admin/organizations"
const path = (id: string) => `${BASE}/${id}`

export type OrganizationList = Page & { organizations: Organization[] }

export const listOrganizations = (query?: Query) => api.get<OrganizationList>(BASE, query)
export const retrieveOrganization = (id: string, query?: Query) => api.get<{ organization: Organization }>(path(id), query)

export function useOrganizations(query: Query, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: organizationKeys.list(query), queryFn: () => listOrganizations(query), enabled: options.enabled ?? true })
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: organizationKeys.detail(id), queryFn: () => retrieveOrganization(id) })
}

/** Names of the organizations with these ids (one query, whatever their number). */
export function useOrganizationNames(ids: string[]) {
  return useOrganizations({ id: ids, fields: "id,name", limit: ids.length }, { enabled: ids.length > 0 })
}

/** Organizations that already have this VAT or registration number. */
export function useDuplicateOrganizations(query: Query, enabled: boolean) {
  return useQuery({
    queryKey: [...duplicatesKey, query],
    queryFn: () => api.get<{ organizations: DuplicateOrganization[] }>(`${BASE}/duplicates`, query),
    enabled,
  })
}

export function useCreateOrganization() {
  return useApiMutation(
    (body: CreateOrganizationBody) => api.post<{ organization: Organization; email?: EmailOutcome }>(BASE, body),
    () => [organizationKeys.lists(), duplicatesKey, customerMembershipKeys.all]
  )
}

/** Profile and status: the organization, lists showing it and its members' organization names. */
export function useUpdateOrganization(id: string) {
  return useApiMutation(
    (body: UpdateOrganizationBody) => api.post<{ organization: Organization }>(path(id), body),
    () => [organizationKeys.detail(id), organizationKeys.lists(), duplicatesKey, customerMembershipKeys.all]
  )
}

export function useDeleteOrganization(id: string) {
  return useApiMutation(
    () => api.delete(path(id)),
    () => [organizationKeys.lists(), duplicatesKey, customerMembershipKeys.all, accessGroupKeys.details()]
  )
}
