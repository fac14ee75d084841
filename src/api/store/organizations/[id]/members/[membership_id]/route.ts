import type { MedusaResponse } from "@medusajs/framework/http"
import { removeOrganizationMemberWorkflow, updateOrganizationMemberWorkflow } from "../../../../../../workflows/organization"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateMembershipType } from "../../../../../resources/members/validators"
import { refetchMembership } from "../../../../../resources/members/reads"

/** Who may change whom is decided in the workflow (validate-actor-rights), also under the organization's lock. */
export const POST = async (req: OrganizationRequest<UpdateMembershipType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  const { membership_id } = req.params
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id: viewer.organization_id,
    membership: { ...req.validatedBody, id: membership_id },
    actor: { type: "member", membership_id: viewer.membership.id },
  })
  res.json({
    membership: await refetchMembership(req.scope, viewer.organization_id, membership_id, req.queryConfig.fields, viewer),
  })
}

/** 404 for another organization's member; 403 for a member holding more than the actor. Leaving is allowed. */
export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { membership_id } = req.params
  await runWorkflow(removeOrganizationMemberWorkflow, req.scope, {
    organization_id,
    membership_id,
    actor: { type: "member", membership_id: membership.id },
  })
  res.json({ id: membership_id, object: "membership", deleted: true })
}
