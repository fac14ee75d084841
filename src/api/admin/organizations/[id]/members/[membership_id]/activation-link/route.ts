import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { memberActivationLinkWorkflow, memberLinkUrl } from "../../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../../resources/members/reads"
import { jwtOf } from "../../../../helpers"
import { runWorkflow } from "../../../../../../utils/run-workflow"

/**
 * A fresh activation link to copy when e-mail cannot deliver it: shown once, the previous link
 * dead. Other organizations' memberships 404; a login with a password 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  const link = await runWorkflow(memberActivationLinkWorkflow, req.scope, {
    organization_id: id,
    membership_id,
    ...jwtOf(req),
  })
  res.json({
    membership: await refetchMembership(req.scope, id, membership_id),
    url: memberLinkUrl(req.scope, link),
    expires_at: link.expires_at,
  })
}
