import type { MedusaResponse } from "@medusajs/framework/http"
import { revokeInvitationWorkflow } from "../../../../../../workflows/organization"
import { assertMayHandleInvitation, refetchInvitation } from "../../../../../utils/invitations"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"

/** Revokes the invitation: its link stops working. */
export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { invitation_id } = req.params
  await assertMayHandleInvitation(req.scope, req.organization_context, invitation_id)
  await runWorkflow(revokeInvitationWorkflow, req.scope, { organization_id, invitation_id })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id) })
}
