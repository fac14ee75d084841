import { useQuery } from "@tanstack/react-query"
import type { CopyableLink, EmailOutcome, Invitation, Page } from "../types"
import type { InviteBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { invitationKeys } from "./keys"

const base = (organizationId: string) => `/admin/organizations/${organizationId}/invitations`

export function useInvitations(organizationId: string, query: Query) {
  return useQuery({
    queryKey: invitationKeys(organizationId).list(query),
    queryFn: () => api.get<Page & { invitations: Invitation[] }>(base(organizationId), query),
  })
}

// Every write changes an invitation's status or expiry, nothing outside the list.
const changed = (organizationId: string) => () => [invitationKeys(organizationId).all]

export function useInvite(organizationId: string) {
  return useApiMutation(
    (body: InviteBody) => api.post<{ invitation: Invitation; email?: EmailOutcome }>(base(organizationId), body),
    changed(organizationId)
  )
}

export function useResendInvitation(organizationId: string) {
  return useApiMutation((id: string) => api.post<{ email?: EmailOutcome }>(`${base(organizationId)}/${id}/resend`), changed(organizationId))
}

export function useRevokeInvitation(organizationId: string) {
  return useApiMutation((id: string) => api.delete<{ invitation: Invitation }>(`${base(organizationId)}/${id}`), changed(organizationId))
}

/** A fresh link for a pending invitation (the e-mailed one stops working). */
export function useInvitationLink(organizationId: string) {
  return useApiMutation((id: string) => api.post<CopyableLink>(`${base(organizationId)}/${id}/link`), changed(organizationId))
}
