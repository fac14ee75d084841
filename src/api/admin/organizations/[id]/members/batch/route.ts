import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchAddMembersWorkflow } from "../../../../../../workflows/organization"
import { listOrganizationMemberships } from "../../../../../store/organizations/[id]/members/helpers"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { jwtOf } from "../../../helpers"
import type { AdminBatchAddMembersType } from "../../../validators"

/**
 * The merchant adds up to 1,000 members by e-mail in one all-or-nothing workflow: any failing
 * row is a 400 naming every failing row, and nothing is written. Answers the new memberships in
 * the members list's shape, how many customers were created, and with `invite` each e-mail's outcome.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBatchAddMembersType>, res: MedusaResponse) => {
  const { members, invite } = req.validatedBody
  const result = await runWorkflow(batchAddMembersWorkflow, req.scope, {
    organization_id: req.params.id,
    members,
    invite,
    ...(invite ? jwtOf(req) : {}),
  })
  const ids = result.membership_ids
  const { memberships } = await listOrganizationMemberships(req.scope, req.params.id, {
    fields: req.queryConfig.fields,
    filters: { id: ids },
    pagination: { skip: 0, take: ids.length },
  })
  res.json({
    memberships,
    created_customers: result.created_customers,
    count: memberships.length,
    ...(result.invitations ? { invitations: result.invitations } : {}),
  })
}
