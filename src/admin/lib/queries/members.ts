import { useQuery } from "@tanstack/react-query"
import type { CopyableLink, CustomerMembership, EmailOutcome, MemberSpending, Membership, Page } from "../types"
import type { AddMemberBody, UpdateMemberBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { approvalPolicyKeys, customerMembershipKeys, entitlementKeys, memberKeys } from "./keys"

const base = (organizationId: string) => `/admin/organizations/${organizationId}/members`

export type MemberList = Page & { memberships: Membership[] }

export const listMembers = (organizationId: string, query?: Query) => api.get<MemberList>(base(organizationId), query)

export function useMembers(organizationId: string, query: Query) {
  return useQuery({ queryKey: memberKeys(organizationId).list(query), queryFn: () => listMembers(organizationId, query) })
}

/** How a member's spending limit stands this period (null id: nothing to read). */
export function useMemberSpending(organizationId: string, membershipId: string | null) {
  return useQuery({
    queryKey: memberKeys(organizationId).detail(membershipId ?? "", { spending: true }),
    queryFn: () => api.get<{ spending: MemberSpending }>(`${base(organizationId)}/${membershipId}/spending`),
    enabled: !!membershipId,
  })
}

export function useCustomerMemberships(customerId: string) {
  const query = { limit: 50 }
  return useQuery({
    queryKey: customerMembershipKeys.list({ customerId, ...query }),
    queryFn: () => api.get<{ memberships: CustomerMembership[] }>(`/admin/customers/${customerId}/organization-memberships`, query),
  })
}

// A member's role and status decide who may approve (the policy's approver count) and who
// holds seats; so a change refreshes those beside the member lists.
const changed = (organizationId: string) => () => [
  memberKeys(organizationId).all,
  customerMembershipKeys.all,
  approvalPolicyKeys(organizationId).all,
  entitlementKeys(organizationId).all,
]

export function useAddMember(organizationId: string) {
  return useApiMutation((body: AddMemberBody) => api.post<{ membership: Membership }>(base(organizationId), body), changed(organizationId))
}

export function useUpdateMember(organizationId: string) {
  return useApiMutation(
    ({ id, body }: { id: string; body: UpdateMemberBody }) => api.post<{ membership: Membership }>(`${base(organizationId)}/${id}`, body),
    changed(organizationId)
  )
}

export function useRemoveMember(organizationId: string) {
  return useApiMutation((id: string) => api.delete(`${base(organizationId)}/${id}`), changed(organizationId))
}

/** E-mails the member an activation (or set-password) link; nothing shown changes. */
export function useSendActivation(organizationId: string) {
  return useApiMutation((id: string) => api.post<{ email?: EmailOutcome }>(`${base(organizationId)}/${id}/activation`), () => [])
}

/** A fresh activation link for the member (the previous one dies); nothing shown changes. */
export function useActivationLink(organizationId: string) {
  return useApiMutation((id: string) => api.post<CopyableLink>(`${base(organizationId)}/${id}/activation-link`), () => [])
}

