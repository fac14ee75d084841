import type { MedusaResponse } from "@medusajs/framework/http"
import { decideApprovalWorkflow } from "../../../../../../../workflows/approval"
import { approvalDetail } from "../../../../../../resources/approvals/reads"
import type { DecideApprovalType } from "../../../../../../resources/approvals/validators"
import type { OrganizationRequest } from "../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../utils/run-workflow"

/**
 * `POST /store/organizations/:id/approvals/:approval_id/approve`: once, by a member with
 * orders.approve (the rules: decide-approval workflow, validate-approver step).
 */
export const POST = async (req: OrganizationRequest<DecideApprovalType>, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  await runWorkflow(decideApprovalWorkflow, req.scope, {
    approval_id: req.params.approval_id,
    decision: "approved",
    note: req.validatedBody.comment ?? null,
    actor: { type: "member", customer_id: req.auth_context.actor_id },
    organization_id,
  })
  const filters = { organization_id }
  res.json({ approval: await approvalDetail(req, req.params.approval_id, { filters, showMerchantUser: false }) })
}
