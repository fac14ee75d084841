import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvalDetail } from "../../../utils/approvals"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ approval: await approvalDetail(req, req.params.id, {}, "admin") })
}
