import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalAssetFields } from "../../../resources/portal/query-config"
import { listPage, listQueryOf } from "../../../utils/graph"
import { portalScopeOf } from "../../../utils/portal"

/** `GET /store/portal/assets`: the installations in scope (one, for an installation session). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const scope = portalScopeOf(req)
  const { data, ...page } = await listPage(req.scope, "portal_asset", {
    ...listQueryOf(req),
    fields: portalAssetFields,
    filters: {
      organization_id: scope.organization_id,
      ...(scope.location_id ? { location_id: scope.location_id } : {}),
      ...(scope.asset_id ? { id: scope.asset_id } : {}),
    },
    defaultOrder: { created_at: "ASC" },
  })
  res.json({ assets: data, ...page })
}
