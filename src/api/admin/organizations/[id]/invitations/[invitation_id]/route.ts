import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeInvitationWorkflow } from "../../../../../../workflows/organization"
import { refetchInvitation } from "../../../../../utils/invitations"
import { runWorkflow } from "../../../../../utils/run-workflow"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id: organization_id, invitation_id } = req.params
  await runWorkflow(revokeInvitationWorkflow, req.scope, { organization_id, invitation_id })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id) })
}
