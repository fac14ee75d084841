import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendMemberActivationWorkflow } from "../../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../../resources/members/reads"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { jwtOf } from "../../../../helpers"

/**
 * The merchant activates a member by hand: the activation (pending membership) or set-password
 * link is e-mailed inside the request; `email` says whether it went out.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  const member = await runWorkflow(sendMemberActivationWorkflow, req.scope, {
    organization_id: id,
    membership_id,
    ...jwtOf(req),
  })
  res.json({
    membership: await refetchMembership(req.scope, id, membership_id),
    activation: { sent_to: member.email },
    email: member.outcome,
  })
}
