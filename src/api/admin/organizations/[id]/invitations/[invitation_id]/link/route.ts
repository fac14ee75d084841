import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invitationUrl } from "../../../../../../../lib/links"
import { renewInvitationLinkWorkflow } from "../../../../../../../workflows/organization"
import { pluginOptions } from "../../../../../../../workflows/common/plugin-options"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { refetchInvitation } from "../../../../../../resources/invitations/reads"

/**
 * A fresh invitation link for the merchant to pass on when e-mail cannot: shown once, the
 * previous link dead. Pending invitations only (409 otherwise); other organizations' ids 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id: organization_id, invitation_id } = req.params
  const { invitation, token } = await runWorkflow(renewInvitationLinkWorkflow, req.scope, {
    organization_id,
    invitation_id,
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  const { storefrontUrl } = pluginOptions(req.scope)
  res.json({
    invitation: await refetchInvitation(req.scope, organization_id, invitation_id),
    url: invitationUrl(storefrontUrl, token),
    expires_at: invitation.expires_at,
  })
}
