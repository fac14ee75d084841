import type { MedusaResponse } from "@medusajs/framework/http"
import { resendInvitationWorkflow } from "../../../../../../../workflows/organization"
import type { OrganizationRequest } from "../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { refetchInvitation } from "../../../../../../resources/invitations/reads"

/** A new link with a new expiry; the previous link stops working. Only within the actor's own rights. */
export const POST = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { invitation_id } = req.params
  const { email } = await runWorkflow(resendInvitationWorkflow, req.scope, {
    organization_id,
    invitation_id,
    actor: { type: "member", membership_id: membership.id },
  })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id), email })
}
