import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { portalScopeOf } from "../../utils/portal"

/** `GET /store/portal`: what the session may see. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const scope = portalScopeOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const one = async (entity: string, id: string | null, fields: string[]) =>
    id ? ((await query.graph({ entity, fields, filters: { id } })).data[0] ?? null) : null
  res.json({
    portal: {
      level: scope.level,
      expires_at: scope.expires_at,
      organization: await one("organization", scope.organization_id, ["id", "name"]),
      location: await one("organization_location", scope.location_id, ["id", "label", "city"]),
      asset: await one("portal_asset", scope.asset_id, ["id", "name", "serial_number"]),
    },
  })
}
