import type { MedusaResponse } from "@medusajs/framework/http"
import { resendInvitationWorkflow } from "../../../../../../../workflows/organization"
import { assertMayHandleInvitation, refetchInvitation } from "../../../../../../utils/invitations"
import type { OrganizationRequest } from "../../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../../utils/run-workflow"

/** A new link with a new expiry; the previous link stops working. Only within the actor's own permissions. */
export const POST = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { invitation_id } = req.params
  await assertMayHandleInvitation(req.scope, req.organization_context, invitation_id)
  const { email } = await runWorkflow(resendInvitationWorkflow, req.scope, { organization_id, invitation_id })
  res.json({ invitation: await refetchInvitation(req.scope, organization_id, invitation_id), email })
}
