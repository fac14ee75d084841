import { useQuery, useQueryClient } from "@tanstack/react-query"
import type { Approval, ApprovalDetail, Page } from "../types"
import type { DecideApprovalBody } from "../requests"
import { api, useApiMutation, type Query } from "./client"
import { approvalKeys } from "./keys"

const BASE = "/admin/approvals"

export const retrieveApproval = (id: string, query?: Query) => api.get<{ approval: ApprovalDetail }>(`${BASE}/${id}`, query)

export function useApprovals(query: Query, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: approvalKeys.list(query),
    queryFn: () => api.get<Page & { approvals: Approval[] }>(BASE, query),
    enabled: options.enabled ?? true,
  })
}

export function useApproval(id: string) {
  return useQuery({ queryKey: approvalKeys.detail(id), queryFn: () => retrieveApproval(id) })
}

export type Decision = "approve" | "reject"

/** The merchant's decision: the approval and the lists (of its organization, its order's widget). */
export function useDecideApproval(id: string) {
  return useApiMutation(
    ({ decision, comment }: { decision: Decision } & DecideApprovalBody) =>
      api.post<{ approval: Approval }>(`${BASE}/${id}/${decision}`, (comment ? { comment } : {}) satisfies DecideApprovalBody),
    () => [approvalKeys.all]
  )
}

/** Refetches what shows approvals, e.g. when somebody else decided first. */
export function useRefreshApprovals() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: approvalKeys.all })
}
