import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ConflictError } from "../../../../../lib/errors"
import { REFUSAL } from "../../../../../lib/refusal-codes"
import { renewActivationLinkWorkflow } from "../../../../../workflows/account-request"
import { memberLinkUrl } from "../../../../../workflows/organization"
import { runWorkflow } from "../../../../utils/run-workflow"
import { refetchAccountRequest } from "../../helpers"

/**
 * The approved request's activation link again, to copy when the e-mail did not reach the
 * contact: a fresh link shown once (`url`), the previous one dead. 409 once it was used or the
 * membership is no longer pending (`membership_not_pending`), for an undecided or rejected
 * request, and for a login with a password; 404 for an unknown request.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const link = await runWorkflow(renewActivationLinkWorkflow, req.scope, { id: req.params.id })
  if (!link) {
    throw new ConflictError("The activation link was used meanwhile; no new link is made", REFUSAL.membership_not_pending)
  }
  res.json({
    account_request: await refetchAccountRequest(req.scope, req.params.id, req.queryConfig.fields),
    url: memberLinkUrl(req.scope, { kind: "activation", token: link.token, email: link.email, has_password: false }),
    expires_at: link.expires_at,
  })
}
