import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveAccountRequestWorkflow } from "../../../../../workflows/account-request"
import { refetchAccountRequest } from "../../../../utils/account-requests"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminApproveAccountRequestType } from "../../validators"

/**
 * Approves a pending request once (409 after any decision): customer, organization with
 * the contact as admin, groups; the contact is e-mailed an activation link.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveAccountRequestType>,
  res: MedusaResponse
) => {
  await runWorkflow(approveAccountRequestWorkflow, req.scope, {
    id: req.params.id,
    decided_by: req.auth_context.actor_id,
    access_group_ids: req.validatedBody.access_group_ids ?? null,
  })
  res.json({ account_request: await refetchAccountRequest(req.scope, req.params.id, req.queryConfig.fields) })
}
