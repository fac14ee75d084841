import { useQuery } from "@tanstack/react-query"
import type { OrganizationOrderEntry, Page } from "../types"
import { api, type Query } from "./client"
import { orderKeys } from "./keys"

export function useOrganizationOrders(organizationId: string, query: Query) {
  return useQuery({
    queryKey: orderKeys.list({ organizationId, ...query }),
    queryFn: () => api.get<Page & { orders: OrganizationOrderEntry[] }>(`/admin/organizations/${organizationId}/orders`, query),
  })
}

/** Medusa's order with the plugin's record of it (the organization-order ↔ order link). */
export function useOrderWithOrganization<T>(orderId: string, fields: string) {
  return useQuery({
    queryKey: orderKeys.detail(orderId, { fields }),
    queryFn: () => api.get<{ order: T }>(`/admin/orders/${orderId}`, { fields }),
  })
}
