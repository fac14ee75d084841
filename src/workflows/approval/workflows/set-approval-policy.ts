import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOrganizationsExistStep } from "../../organization/steps/validate-organizations-exist"
import { setApprovalPolicyStep, type ApprovalPolicyInput } from "../steps/set-approval-policy"

/** Sets an organization's approval policy (threshold per currency, spending period). */
export const setApprovalPolicyWorkflow = createWorkflow("set-approval-policy", (input: ApprovalPolicyInput) => {
  validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
  return new WorkflowResponse(setApprovalPolicyStep(input))
})
