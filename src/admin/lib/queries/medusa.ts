import { useQuery } from "@tanstack/react-query"
import type { Customer } from "../types"
import { api } from "./client"
import { medusaKeys } from "./keys"

// Medusa's own records that the plugin's pages show by name.

/** Names of the customers with these ids (one query, whatever their number). */
export function useCustomerNames(ids: string[]) {
  const query = { id: ids, fields: "id,email,first_name,last_name", limit: ids.length }
  return useQuery({
    queryKey: medusaKeys("customers").list(query),
    queryFn: () => api.get<{ customers: Customer[] }>("/admin/customers", query),
    enabled: ids.length > 0,
  })
}

export function useSalesChannelName(id: string) {
  return useQuery({
    queryKey: medusaKeys("sales-channels").detail(id, { fields: "id,name" }),
    queryFn: () => api.get<{ sales_channel: { name: string } }>(`/admin/sales-channels/${id}`, { fields: "id,name" }),
  })
}
