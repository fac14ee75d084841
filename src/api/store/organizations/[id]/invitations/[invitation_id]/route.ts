import type { MedusaResponse } from "@medusajs/framework/http"
import { revokeInvitationWorkflow } from "../../../../../../workflows/organization"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { refetchInvitation } from "../../../../../resources/invitations/reads"

/** Revokes the invitation: its link stops working. Only one the actor could have made. */
export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { invitation_id } = req.params
  await runWorkflow(revokeInvitationWorkflow, req.scope, {
    organization_id,
    invitation_id,
    actor: { type: "member", membership_id: membership.id },
  })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id) })
}
