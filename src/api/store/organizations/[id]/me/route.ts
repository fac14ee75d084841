import type { MedusaResponse } from "@medusajs/framework/http"
import { updateOrganizationMemberWorkflow } from "../../../../../workflows/organization"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { StoreUpdateMeType } from "../../validators"
import { refetchMembership } from "../../../../resources/members/reads"

/** My membership in this organization: role, effective permissions, e-mail preferences. */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  res.json({ membership: await refetchMembership(req.scope, organization_id, membership.id, req.queryConfig.fields) })
}

export const POST = async (req: OrganizationRequest<StoreUpdateMeType>, res: MedusaResponse) => {
  const { organization_id, membership } = req.organization_context
  const current = await refetchMembership(req.scope, organization_id, membership.id, ["id", "notification_preferences"])
  // Only the member's own preferences: role, permissions, limit and locations are never self-service.
  await runWorkflow(updateOrganizationMemberWorkflow, req.scope, {
    organization_id,
    membership: {
      id: membership.id,
      notification_preferences: { ...current.notification_preferences, ...req.validatedBody.notification_preferences },
    },
    actor: { type: "member", membership_id: membership.id },
  })
  res.json({ membership: await refetchMembership(req.scope, organization_id, membership.id, req.queryConfig.fields) })
}
