import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectAccountRequestWorkflow } from "../../../../../workflows/account-request"
import { runWorkflow } from "../../../../utils/run-workflow"
import { refetchAccountRequest } from "../../helpers"
import type { AdminRejectAccountRequestType } from "../../validators"

/** Rejects a pending request once (409 after any decision); the contact is e-mailed the reason. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectAccountRequestType>,
  res: MedusaResponse
) => {
  await runWorkflow(rejectAccountRequestWorkflow, req.scope, {
    id: req.params.id,
    reason: req.validatedBody.reason,
    decided_by: req.auth_context.actor_id,
  })
  res.json({ account_request: await refetchAccountRequest(req.scope, req.params.id, req.queryConfig.fields) })
}
