import { useQuery } from "@tanstack/react-query"
import type { AccessGroup, Organization, Page } from "../types"
import type { ChangeAccessGroupMembersBody, CreateAccessGroupBody, UpdateAccessGroupBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { accessGroupKeys, accessGroupsOfKey, medusaKeys, organizationKeys } from "./keys"
import { listOrganizations } from "./organizations"

const BASE = "/admin/access-groups"
const path = (id: string) => `${BASE}/${id}`

/** What a group links: sales channels, organizations, customers (its sub-routes). */
export type GroupRelation = "sales-channels" | "organizations" | "customers"
const RELATION_SIDE = { "sales-channels": "sales-channel", organizations: "organization", customers: "customer" } as const

export const retrieveAccessGroup = (id: string, query?: Query) => api.get<{ access_group: AccessGroup }>(path(id), query)

export function useAccessGroups(query: Query) {
  return useQuery({ queryKey: accessGroupKeys.list(query), queryFn: () => api.get<Page & { access_groups: AccessGroup[] }>(BASE, query) })
}

export function useAccessGroup(id: string) {
  return useQuery({ queryKey: accessGroupKeys.detail(id), queryFn: () => retrieveAccessGroup(id) })
}

/** One page of a group's linked records; the answer's list key is the relation's (`sales_channels`, …). */
export function useGroupRelation(groupId: string, relation: GroupRelation, query: Query) {
  return useQuery({
    queryKey: [...accessGroupKeys.detail(groupId), relation, query],
    queryFn: () => api.get<Page & Record<string, any>>(`${path(groupId)}/${relation}`, query),
  })
}

export function useCreateAccessGroup() {
  return useApiMutation((body: CreateAccessGroupBody) => api.post<{ access_group: AccessGroup }>(BASE, body), () => [accessGroupKeys.lists()])
}

/** Name and mode show on the group, in lists and on the linked records' pages. */
export function useUpdateAccessGroup(id: string) {
  return useApiMutation((body: UpdateAccessGroupBody) => api.post<{ access_group: AccessGroup }>(path(id), body), () => [accessGroupKeys.all])
}

export function useDeleteAccessGroup(id: string) {
  return useApiMutation(() => api.delete(path(id)), () => [accessGroupKeys.lists(), accessGroupsOfKey("organization"), accessGroupsOfKey("customer"), accessGroupsOfKey("sales-channel")])
}

/** Adds or removes linked records: the group's list of them, and the groups shown on their side. */
export function useChangeGroupRelation(groupId: string, relation: GroupRelation) {
  return useApiMutation(
    (body: ChangeAccessGroupMembersBody) => api.post(`${path(groupId)}/${relation}`, body),
    () => [accessGroupKeys.detail(groupId), accessGroupsOfKey(RELATION_SIDE[relation])]
  )
}

type WithGroups = { organization_access_groups?: AccessGroup[] }
const GROUP_FIELDS = ["id", "organization_access_groups.id", "organization_access_groups.name", "organization_access_groups.registration_mode"].join(",")

/** The groups an organization belongs to. */
export function useOrganizationAccessGroups(organizationId: string) {
  const query = { fields: "id,access_groups.id,access_groups.name,access_groups.registration_mode" }
  return useQuery({
    queryKey: accessGroupsOfKey("organization", organizationId),
    queryFn: () => api.get<{ organization: Organization }>(`/admin/organizations/${organizationId}`, query),
  })
}

/** The groups a customer is admitted through (the group ↔ customer link, from Medusa's customer). */
export function useCustomerAccessGroups(customerId: string) {
  return useQuery({
    queryKey: accessGroupsOfKey("customer", customerId),
    queryFn: () => api.get<{ customer: WithGroups }>(`/admin/customers/${customerId}`, { fields: GROUP_FIELDS }),
  })
}

/** The groups a sales channel is restricted to (the link, from Medusa's sales channel). */
export function useSalesChannelAccessGroups(salesChannelId: string) {
  return useQuery({
    queryKey: accessGroupsOfKey("sales-channel", salesChannelId),
    queryFn: () => api.get<{ sales_channel: WithGroups }>(`/admin/sales-channels/${salesChannelId}`, { fields: GROUP_FIELDS }),
  })
}

/** Records to add to a group, searched by `q`: the relation's list (`sales_channels`, …) in the answer. */
export function usePickerList(relation: GroupRelation, query: Query, enabled: boolean) {
  const read = {
    organizations: { queryKey: organizationKeys.list(query), queryFn: () => listOrganizations(query) },
    customers: { queryKey: medusaKeys("customers").list(query), queryFn: () => api.get<Record<string, any>>("/admin/customers", query) },
    "sales-channels": {
      queryKey: medusaKeys("sales-channels").list(query),
      queryFn: () => api.get<Record<string, any>>("/admin/sales-channels", query),
    },
  }[relation]
  return useQuery<Record<string, any>>({ ...read, enabled })
}
