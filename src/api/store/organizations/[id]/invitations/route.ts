import type { MedusaResponse } from "@medusajs/framework/http"
import { createInvitationWorkflow } from "../../../../../workflows/organization"
import { listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateInvitationType, GetInvitationsParamsType } from "../../../../resources/invitations/validators"
import { listOrganizationInvitations, refetchInvitation } from "../../../../resources/invitations/reads"

export const GET = async (req: OrganizationRequest<unknown, GetInvitationsParamsType>, res: MedusaResponse) => {
  res.json(await listOrganizationInvitations(req.scope, req.organization_context.organization_id, listQueryOf(req)))
}

/** What the invitation hands out stays within the actor's own rights (validate-actor-rights). */
export const POST = async (req: OrganizationRequest<CreateInvitationType>, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const { invitation, email } = await runWorkflow(createInvitationWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id,
    actor: { type: "member", membership_id: membership.id },
  })
  res.json({
    invitation: await refetchInvitation(req.scope, organization_id, invitation.id, req.queryConfig.fields),
    email,
  })
}
