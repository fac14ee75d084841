import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { batchAddMembersWorkflow } from "../../../../../../workflows/organization"
import { listOrganizationMemberships } from "../../../../../store/organizations/[id]/members/helpers"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { MAX_PAGE_SIZE } from "../../../../../utils/validators"
import { jwtOf } from "../../../helpers"
import type { AdminBatchAddMembersType } from "../../../validators"

/**
 * The new memberships as the members list answers them, read a list page (100) at a time:
 * the relations of 1,000 records read at once cost ten times as much as ten pages.
 */
async function readMemberships(scope: MedusaContainer, organizationId: string, ids: string[], fields: string[]) {
  const memberships: Awaited<ReturnType<typeof listOrganizationMemberships>>["memberships"] = []
  for (let start = 0; start < ids.length; start += MAX_PAGE_SIZE) {
    const page = ids.slice(start, start + MAX_PAGE_SIZE)
    const read = await listOrganizationMemberships(scope, organizationId, {
      fields,
      filters: { id: page },
      pagination: { skip: 0, take: page.length },
    })
    memberships.push(...read.memberships)
  }
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
