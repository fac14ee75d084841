import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { portalOrderFields } from "../../../resources/portal/query-config"
import { listPage, listQueryOf } from "../../../utils/graph"
import { portalScopeOf } from "../../../utils/portal"

/** `GET /store/portal/orders`: the organization's, or the location's, orders; not for one installation. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const scope = portalScopeOf(req)
  if (scope.level === "installation") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session opens one installation, not orders")
  }
  const { data, ...page } = await listPage(req.scope, "organization_order", {
    ...listQueryOf(req),
    fields: portalOrderFields,
    filters: { organization_id: scope.organization_id, ...(scope.location_id ? { location_id: scope.location_id } : {}) },
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ orders: data, ...page })
}
