import type { MedusaResponse } from "@medusajs/framework/http"
import { approvalDetail, visibleTo } from "../../../../../resources/approvals/reads"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"

/** `GET /store/organizations/:id/approvals/:approval_id`: one the member may see, in detail. */
export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const filters = { organization_id: req.organization_context.organization_id, ...visibleTo(req) }
  res.json({ approval: await approvalDetail(req, req.params.approval_id, { filters, showMerchantUser: false }) })
}
