import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendMemberActivationWorkflow } from "../../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../../utils/memberships"
import { runWorkflow } from "../../../../../../utils/run-workflow"

/** The merchant activates a member by hand: Medusa's set-password e-mail goes to the customer. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const member = await runWorkflow(sendMemberActivationWorkflow, req.scope, {
    organization_id: id,
    membership_id,
    secret: http.jwtSecret as string,
    jwt_options: http.jwtOptions as Record<string, unknown> | undefined,
  })
  res.json({
    membership: await refetchMembership(req.scope, id, membership_id),
    activation: { sent_to: member.email },
  })
}
