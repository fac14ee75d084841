import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendInvitationWorkflow } from "../../../../../../../workflows/organization"
import { refetchInvitation } from "../../../../../../utils/invitations"
import { runWorkflow } from "../../../../../../utils/run-workflow"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id: organization_id, invitation_id } = req.params
  const { email } = await runWorkflow(resendInvitationWorkflow, req.scope, { organization_id, invitation_id })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id), email })
}
