import type { MedusaResponse } from "@medusajs/framework/http"
import { assertMemberChangeAllowed, memberActor } from "../../../../../../lib/member-changes"
import type { Role } from "../../../../../../lib/permissions"
import {
  removeOrganizationMemberWorkflow,
  updateOrganizationMemberWorkflow,
} from "../../../../../../workflows/organization"
import { refetchMembership, withVisibleLocations } from "../../../../../utils/memberships"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateMembershipType } from "../../../../../utils/validators"

/** The rule (memberChangeRefusal) is applied in the workflow, on the rows under the organization's lock. */
export const POST = async (req: OrganizationRequest<UpdateMembershipType>, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { membership_id } = req.params
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id,
    membership: { ...req.validatedBody, id: membership_id },
    actor: { type: "member", membership_id: membership.id },
  })
  const updated = await refetchMembership(req.scope, organization_id, membership_id, req.queryConfig.fields)
  const [visible] = await withVisibleLocations(req.scope, req.organization_context, [updated])
  res.json({ membership: visible })
}

/** 404 for another organization's member; 403 for a member holding more than the actor. Leaving is allowed. */
export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { membership_id } = req.params
  const target = await refetchMembership(req.scope, organization_id, membership_id, ["id", "role", "grants", "revokes"])
  assertMemberChangeAllowed(memberActor(membership), { ...target, role: target.role as Role }, {})
  await runWorkflow(removeOrganizationMemberWorkflow, req.scope, { organization_id, membership_id })
  res.json({ id: membership_id, object: "membership", deleted: true })
}
