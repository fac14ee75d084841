import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPage, listQueryOf } from "../../utils/graph"

/** Newest first; filter by `status`, search `q` in company name, numbers and e-mail. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data, ...page } = await listPage(req.scope, "organization_account_request", {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ account_requests: data, ...page })
}
