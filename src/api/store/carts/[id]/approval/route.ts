import type { MedusaResponse } from "@medusajs/framework/http"
import { requestCartApprovalWorkflow } from "../../../../../workflows/approval"
import { refetchApproval } from "../../../../resources/approvals/reads"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { runWorkflow } from "../../../../utils/run-workflow"

/** `POST /store/carts/:id/approval`: the cart's own member asks approval for it as it is now. */
export const POST = async (req: OrganizationRequest, res: MedusaResponse) => {
  const request = await runWorkflow(requestCartApprovalWorkflow, req.scope, {
    cart_id: req.params.id,
    actor: { type: "member", customer_id: req.auth_context.actor_id },
  })
  res.json({ approval: await refetchApproval(req, request.id) })
}
