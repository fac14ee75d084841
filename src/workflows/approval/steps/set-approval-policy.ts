import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SpendingPeriod } from "../../../lib/constants"
import type { CurrencyAmounts } from "../../../lib/money"
import { approvalService } from "../../common/module-services"

export type ApprovalPolicyInput = {
  organization_id: string
  /** Per currency (lib/money); null: no threshold. */
  threshold?: CurrencyAmounts | null
  period?: SpendingPeriod
}

/** Creates or updates an organization's policy; compensation restores the previous one. */
export const setApprovalPolicyStepId = "set-approval-policy"
export const setApprovalPolicyStep = createStep(
  setApprovalPolicyStepId,
  async (input: ApprovalPolicyInput, { container }) => {
    const service = approvalService(container)
    const [previous] = await service.listApprovalPolicies({ organization_id: input.organization_id })
    const policy = previous
      ? await service.updateApprovalPolicies({ id: previous.id, ...input })
      : await service.createApprovalPolicies(input)
    return new StepResponse(policy, { previous: previous ?? null, id: policy.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    if (undo.previous) {
      const { id, threshold, period, metadata } = undo.previous
      await service.updateApprovalPolicies({ id, threshold, period, metadata })
    } else await service.deleteApprovalPolicies(undo.id)
  }
)
