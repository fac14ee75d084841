import { useQuery } from "@tanstack/react-query"
import type { SalesChannelSettings } from "../types"
import { api, useApiMutation } from "./client"
import { salesChannelSettingsKey } from "./keys"

const path = (salesChannelId: string) => `/admin/sales-channels/${salesChannelId}/b2b-settings`

/** Whether members' carts on the channel are their organization's (the default: personal carts). */
export function useSalesChannelSettings(salesChannelId: string) {
  return useQuery({
    queryKey: salesChannelSettingsKey(salesChannelId),
    queryFn: () => api.get<{ b2b_settings: SalesChannelSettings }>(path(salesChannelId)),
  })
}

export function useUpdateSalesChannelSettings(salesChannelId: string) {
  return useApiMutation(
    (body: Pick<SalesChannelSettings, "organization_carts">) => api.post<{ b2b_settings: SalesChannelSettings }>(path(salesChannelId), body),
    () => [salesChannelSettingsKey(salesChannelId)]
  )
}
