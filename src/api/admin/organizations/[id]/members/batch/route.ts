import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { batchAddMembersWorkflow } from "../../../../../../workflows/organization"
import { listOrganizationMemberships } from "../../../../../resources/members/reads"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { jwtOf } from "../../../helpers"
import type { AdminBatchAddMembersType } from "../../../validators"

/** The new memberships as the members list answers them, in one read (the lean members query). */
async function readMemberships(scope: MedusaContainer, organizationId: string, ids: string[], fields: string[]) {
  const { memberships } = await listOrganizationMemberships(scope, organizationId, {
    fields,
    filters: { id: ids },
    pagination: { skip: 0, take: ids.length },
  })
  return memberships
}

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
  const memberships = await readMemberships(req.scope, req.params.id, result.membership_ids, req.queryConfig.fields)
  res.json({
    memberships,
    created_customers: result.created_customers,
    count: memberships.length,
    ...(result.invitations ? { invitations: result.invitations } : {}),
  })
}
