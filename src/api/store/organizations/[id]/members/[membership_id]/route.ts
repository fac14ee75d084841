import type { MedusaResponse } from "@medusajs/framework/http"
import type { Role } from "../../../../../../lib/permissions"
import {
  removeOrganizationMemberWorkflow,
  updateOrganizationMemberWorkflow,
} from "../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../utils/memberships"
import {
  assertWithinActorRights,
  type OrganizationRequest,
} from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateMembershipType } from "../../../../../utils/validators"

/** 404 for another organization's member; 403 when the change exceeds the actor's own rights. */
async function assertActorMayChange(req: OrganizationRequest, change: { role?: Role; grants?: string[] }) {
  const { organization_id } = req.organization_context
  const target = await refetchMembership(req.scope, organization_id, req.params.membership_id, ["id", "role"])
  assertWithinActorRights(req.organization_context, { targetRole: target.role as Role, ...change })
}

export const POST = async (req: OrganizationRequest<UpdateMembershipType>, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { membership_id } = req.params
  await assertActorMayChange(req, req.validatedBody)
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id,
    membership: { ...req.validatedBody, id: membership_id },
  })
  res.json({
    membership: await refetchMembership(req.scope, organization_id, membership_id, req.queryConfig.fields),
  })
}

export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { membership_id } = req.params
  await assertActorMayChange(req, {})
  await runWorkflow(removeOrganizationMemberWorkflow, req.scope, { organization_id, membership_id })
  res.json({ id: membership_id, object: "membership", deleted: true })
}
