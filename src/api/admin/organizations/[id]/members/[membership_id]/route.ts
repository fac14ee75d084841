import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  removeOrganizationMemberWorkflow,
  updateOrganizationMemberWorkflow,
} from "../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../utils/memberships"
import type { UpdateMembershipType } from "../../../../../utils/validators"
import { runWorkflow } from "../../../../../utils/run-workflow"

export const POST = async (
  req: AuthenticatedMedusaRequest<UpdateMembershipType>,
  res: MedusaResponse
) => {
  const { id, membership_id } = req.params
  // The merchant: any change, and a spending limit set here is the merchant's.
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id: id,
    membership: { ...req.validatedBody, id: membership_id },
    actor: { type: "merchant" },
  })
  res.json({ membership: await refetchMembership(req.scope, id, membership_id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, membership_id } = req.params
  await runWorkflow(removeOrganizationMemberWorkflow, req.scope, { organization_id: id, membership_id })
  res.json({ id: membership_id, object: "membership", deleted: true })
}
