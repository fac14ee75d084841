import type { MedusaResponse } from "@medusajs/framework/http"
import { APPROVAL_ENTITY, showApprovals, visibleTo } from "../../../../resources/approvals/reads"
import { listInOrganization, listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"

/** `GET /store/organizations/:id/approvals`: approvers see all requests, others their own. */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const query = listQueryOf(req)
  const { data, ...page } = await listInOrganization(req.scope, APPROVAL_ENTITY, req.organization_context.organization_id, {
    ...query,
    filters: { ...query.filters, ...visibleTo(req) },
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ approvals: await showApprovals(req.scope, data), ...page })
}
