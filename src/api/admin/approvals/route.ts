import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage, listQueryOf } from "../../utils/graph"
import { APPROVAL_ENTITY, showApprovals } from "../../resources/approvals/reads"

/**
 * `GET /admin/approvals`: every organization's requests; filter by organization too. `status`
 * filters the stored status; each row answers the status its cart makes (showApprovals).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data, ...page } = await listPage(req.scope, APPROVAL_ENTITY, { ...listQueryOf(req), defaultOrder: { created_at: "DESC" } })
  res.json({ approvals: await showApprovals(req.scope, data), ...page })
}
