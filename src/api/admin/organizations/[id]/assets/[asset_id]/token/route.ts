import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOne } from "../../../../../../utils/graph"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import { regenerateAssetTokenWorkflow } from "../../../../../../../workflows/portal-access"

/** `POST /admin/organizations/:id/assets/:asset_id/token`: a new token, answered once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { token } = await runWorkflow(regenerateAssetTokenWorkflow, req.scope, {
    organization_id: req.params.id,
    id: req.params.asset_id,
  })
  const asset = await retrieveOne(req.scope, "portal_asset", "Asset", req.params.asset_id, { organization_id: req.params.id }, req.queryConfig.fields)
  res.json({ asset, token })
}
