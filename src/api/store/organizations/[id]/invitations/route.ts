import type { MedusaResponse } from "@medusajs/framework/http"
import { createInvitationWorkflow } from "../../../../../workflows/organization"
import { listOrganizationInvitations, refetchInvitation } from "../../../../utils/invitations"
import { memberActor } from "../../../../../lib/member-changes"
import {
  assertWithinActorRights,
  type OrganizationRequest,
} from "../../../../utils/organization-guard"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateInvitationType, GetInvitationsParamsType } from "../../../../utils/validators"
import { listQueryOf } from "../../../../utils/graph"

export const GET = async (
  req: OrganizationRequest<unknown, GetInvitationsParamsType>,
  res: MedusaResponse
) => {
  res.json(
    await listOrganizationInvitations(req.scope, req.organization_context.organization_id, listQueryOf(req))
  )
}

export const POST = async (req: OrganizationRequest<CreateInvitationType>, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  // Role and grants of the invitation within the actor's own permissions (memberChangeRefusal);
  // its locations are checked by the same rule inside the workflow.
  const { role, grants, revokes } = req.validatedBody
  assertWithinActorRights(req.organization_context, { role, grants, revokes })
  const { invitation, email } = await runWorkflow(createInvitationWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id,
    invited_by: membership.id,
    actor: memberActor(membership),
  })
  res.json({
    invitation: await refetchInvitation(req.scope, organization_id, invitation.id, req.queryConfig.fields),
    email,
  })
}
