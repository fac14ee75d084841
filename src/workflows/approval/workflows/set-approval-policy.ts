import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { withoutAdditionalData } from "../../common/utils/additional-data"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { setApprovalPolicyStep, type ApprovalPolicyInput } from "../steps/set-approval-policy"

export type SetApprovalPolicyWorkflowInput = ApprovalPolicyInput & AdditionalData

export const setApprovalPolicyWorkflowId = "set-approval-policy"

/**
 * Sets an organization's approval policy (threshold per currency, spending period).
 * Hook `approvalPolicySet` receives `{ policy, additional_data }`.
 */
export const setApprovalPolicyWorkflow = createWorkflow(setApprovalPolicyWorkflowId, (input: SetApprovalPolicyWorkflowInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  const policy = setApprovalPolicyStep(withoutAdditionalData(input))
  const approvalPolicySet = createHook("approvalPolicySet", { policy, additional_data: input.additional_data })
  return new WorkflowResponse(policy, { hooks: [approvalPolicySet] })
})
