import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideApprovalWorkflow } from "../../../../../workflows/approval"
import { approvalDetail } from "../../../../resources/approvals/reads"
import type { DecideApprovalType } from "../../../../resources/approvals/validators"
import { runWorkflow } from "../../../../utils/run-workflow"

/**
 * `POST /admin/approvals/:id/reject`: the merchant decides any organization's request, through
 * the same workflow and row lock as the store's decisions (one decision in all).
 */
export const POST = async (req: AuthenticatedMedusaRequest<DecideApprovalType>, res: MedusaResponse) => {
  await runWorkflow(decideApprovalWorkflow, req.scope, {
    approval_id: req.params.id,
    decision: "rejected",
    note: req.validatedBody.comment ?? null,
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({ approval: await approvalDetail(req, req.params.id, { filters: {}, showMerchantUser: true }) })
}
