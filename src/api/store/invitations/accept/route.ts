import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptInvitationWorkflow } from "../../../../workflows/organization"
import { runWorkflow } from "../../../utils/run-workflow"
import { refetchMembership } from "../../organizations/[id]/members/helpers"
import type { StoreAcceptInvitationType } from "../validators"

/** The logged-in customer whose e-mail the invitation was sent to joins the organization. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAcceptInvitationType>, res: MedusaResponse) => {
  const membership = await runWorkflow(acceptInvitationWorkflow, req.scope, {
    token: req.validatedBody.token,
    customer_id: req.auth_context.actor_id,
  })
  res.json({ membership: await refetchMembership(req.scope, membership.organization_id, membership.id) })
}
