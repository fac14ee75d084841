import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AccountRequest, CopyableLink, EmailOutcome, Organization, Page } from "../types"
import type { ApproveAccountRequestBody, RejectAccountRequestBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { accessGroupKeys, accountRequestKeys, customerMembershipKeys, duplicateOrganizationsKey, organizationKeys } from "./keys"

const BASE = "/admin/account-requests"
const path = (id: string) => `${BASE}/${id}`

export const retrieveAccountRequest = (id: string, query?: Query) => api.get<{ account_request: AccountRequest }>(path(id), query)

export function useAccountRequests(query: Query) {
  return useQuery({
    queryKey: accountRequestKeys.list(query),
    queryFn: () => api.get<Page & { account_requests: AccountRequest[] }>(BASE, query),
  })
}

export function useAccountRequest(id: string) {
  return useQuery({ queryKey: accountRequestKeys.detail(id), queryFn: () => retrieveAccountRequest(id) })
}

export type ApprovedAccountRequest = { account_request: AccountRequest; organization?: Organization; email?: EmailOutcome }

/** Approving makes the organization, its admin's membership and its place in the channel's access group. */
export function useApproveAccountRequest(id: string) {
  return useApiMutation(
    (allowDuplicate: boolean) => api.post<ApprovedAccountRequest>(`${path(id)}/approve`, (allowDuplicate ? { allow_duplicate: true } : {}) satisfies ApproveAccountRequestBody),
    () => [accountRequestKeys.all, organizationKeys.lists(), duplicateOrganizationsKey, customerMembershipKeys.all, accessGroupKeys.all]
  )
}

export function useRejectAccountRequest(id: string) {
  return useApiMutation((reason: string) => api.post(`${path(id)}/reject`, { reason } satisfies RejectAccountRequestBody), () => [accountRequestKeys.all])
}

/**
 * A fresh activation link for an approved request, shown once (the previous link dies). The
 * request is read again either way: the link's expiry moved, or a refusal says it was used.
 */
export function useAccountRequestActivationLink(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<CopyableLink & { account_request: AccountRequest }>(`${path(id)}/activation-link`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountRequestKeys.detail(id) }),
  })
}
