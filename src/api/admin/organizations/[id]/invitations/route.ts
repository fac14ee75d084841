import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createInvitationWorkflow } from "../../../../../workflows/organization"
import { listQueryOf } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateInvitationType, GetInvitationsParamsType } from "../../../../resources/invitations/validators"
import { refetchOrganization } from "../../../../resources/organizations/query-config"
import { listOrganizationInvitations, refetchInvitation } from "../../../../resources/invitations/reads"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetInvitationsParamsType>, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await listOrganizationInvitations(req.scope, req.params.id, listQueryOf(req)))
}

/** The merchant invites on the organization's behalf; `email` says whether the link was delivered. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateInvitationType>, res: MedusaResponse) => {
  const { invitation, email } = await runWorkflow(createInvitationWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({
    invitation: await refetchInvitation(req.scope, req.params.id, invitation.id, req.queryConfig.fields),
    email,
  })
}
