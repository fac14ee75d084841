import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createInvitationWorkflow } from "../../../../../workflows/organization"
import { listOrganizationInvitations, refetchInvitation } from "../../../../utils/invitations"
import { refetchOrganization } from "../../../../utils/organizations"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateInvitationType, GetInvitationsParamsType } from "../../../../utils/validators"
import { listQueryOf } from "../../../../utils/graph"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, GetInvitationsParamsType>,
  res: MedusaResponse
) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(
    await listOrganizationInvitations(req.scope, req.params.id, listQueryOf(req))
  )
}

/** The merchant invites on the organization's behalf; `email` says whether the link was delivered. */
export const POST = async (
  req: AuthenticatedMedusaRequest<CreateInvitationType>,
  res: MedusaResponse
) => {
  const { invitation, email } = await runWorkflow(createInvitationWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
    invited_by: req.auth_context.actor_id,
    actor: { type: "merchant" },
  })
  res.json({
    invitation: await refetchInvitation(req.scope, req.params.id, invitation.id, req.queryConfig.fields),
    email,
  })
}
