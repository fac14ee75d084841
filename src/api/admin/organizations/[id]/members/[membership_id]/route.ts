import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeOrganizationMemberWorkflow, updateOrganizationMemberWorkflow } from "../../../../../../workflows/organization"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateMembershipType } from "../../../../../resources/members/validators"
import { refetchMembership } from "../../../../../resources/members/reads"

/** The merchant: any change, and a spending limit set here is the merchant's. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateMembershipType>, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id: id,
    membership: { ...req.validatedBody, id: membership_id },
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({ membership: await refetchMembership(req.scope, id, membership_id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  await runWorkflow(removeOrganizationMemberWorkflow, req.scope, {
    organization_id: id,
    membership_id,
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({ id: membership_id, object: "membership", deleted: true })
}
