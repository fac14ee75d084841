import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptInvitationWorkflow } from "../../../../workflows/organization"
import { refusal } from "../../../../lib/refusal"
import { REFUSAL } from "../../../../lib/refusal-codes"
import { runWorkflow } from "../../../utils/run-workflow"
import { LOGIN_EMAIL_UNPROVEN_MESSAGE, verifiedCustomerId } from "../../../utils/verified-customer"
import { refetchMembership } from "../../../resources/members/reads"
import type { StoreAcceptInvitationType } from "../validators"

/** The logged-in customer whose e-mail the invitation was sent to joins the organization. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAcceptInvitationType>, res: MedusaResponse) => {
  // The invitation goes to the login that is the invited address, not to whichever login
  // created a customer record with that e-mail (lib/login-proof).
  const customerId = await verifiedCustomerId(req)
  if (!customerId) {
    throw refusal(REFUSAL.login_email_unproven, LOGIN_EMAIL_UNPROVEN_MESSAGE)
  }
  const membership = await runWorkflow(acceptInvitationWorkflow, req.scope, {
    token: req.validatedBody.token,
    customer_id: customerId,
  })
  res.json({ membership: await refetchMembership(req.scope, membership.organization_id, membership.id) })
}
