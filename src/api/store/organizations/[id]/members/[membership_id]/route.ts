import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { escalationsBy, type Role } from "../../../../../../lib/permissions"
import {
  removeOrganizationMemberWorkflow,
  updateOrganizationMemberWorkflow,
} from "../../../../../../workflows/organization"
import { refetchMembership } from "../../../../../utils/memberships"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import type { UpdateMembershipType } from "../../../../../utils/validators"
import { runWorkflow } from "../../../../../utils/run-workflow"

/** 404 for another organization's member; 403 when the change exceeds the actor's own rights. */
async function assertActorMayChange(req: OrganizationRequest, change: { role?: Role; grants?: string[] }) {
  const { organization_id, membership, permissions } = req.organization_context
  const target = await refetchMembership(req.scope, organization_id, req.params.membership_id, [
    "id",
    "role",
  ])
  const problems = escalationsBy(
    { role: membership.role, permissions },
    { targetRole: target.role as Role, ...change }
  )
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Not allowed: ${problems.join("; ")}`)
  }
}

export const POST = async (req: OrganizationRequest<UpdateMembershipType>, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { membership_id } = req.params
  await assertActorMayChange(req, req.validatedBody)
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, { organization_id, membership: { ...req.validatedBody, id: membership_id } })
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
