import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvalDetail } from "../../../resources/approvals/reads"

/** `GET /admin/approvals/:id`: any organization's request, in detail. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ approval: await approvalDetail(req, req.params.id, { filters: {}, showMerchantUser: true }) })
}
