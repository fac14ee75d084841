import type { MedusaResponse } from "@medusajs/framework/http"
import { decideApprovalWorkflow } from "../../../../../../../workflows/approval"
import { approvalDetail, memberActor } from "../../../../../../admin/approvals/helpers"
import type { OrganizationRequest } from "../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import type { DecideApprovalType } from "../../../../../../admin/approvals/validators"

/**
 * `POST /store/organizations/:id/approvals/:approval_id/reject`: once, by a member with
 * orders.approve (the rules: decide-approval workflow, validate-approver step).
 */
export const POST = async (req: OrganizationRequest<DecideApprovalType>, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  await runWorkflow(decideApprovalWorkflow, req.scope, {
    approval_id: req.params.approval_id,
    decision: "rejected",
    note: req.validatedBody.comment ?? null,
    actor: memberActor(req),
    organization_id,
  })
  res.json({ approval: await approvalDetail(req, req.params.approval_id, { organization_id }, "store") })
}
