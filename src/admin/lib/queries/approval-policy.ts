import { useQuery } from "@tanstack/react-query"
import type { ApprovalPolicy } from "../types"
import type { ApprovalPolicyBody } from "../requests"
import { api, useApiMutation } from "./client"
import { approvalPolicyKeys } from "./keys"

const path = (organizationId: string) => `/admin/organizations/${organizationId}/approval-policy`

export function useApprovalPolicy(organizationId: string) {
  return useQuery({
    queryKey: approvalPolicyKeys(organizationId).all,
    queryFn: () => api.get<{ approval_policy: ApprovalPolicy | null; approvers?: number }>(path(organizationId)),
  })
}

export function useSaveApprovalPolicy(organizationId: string) {
  return useApiMutation((body: ApprovalPolicyBody) => api.post(path(organizationId), body), () => [approvalPolicyKeys(organizationId).all])
}
