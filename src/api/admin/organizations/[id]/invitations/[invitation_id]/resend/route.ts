import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendInvitationWorkflow } from "../../../../../../../workflows/organization"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { refetchInvitation } from "../../../../../../resources/invitations/reads"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id: organization_id, invitation_id } = req.params
  const { email } = await runWorkflow(resendInvitationWorkflow, req.scope, {
    organization_id,
    invitation_id,
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id), email })
}
