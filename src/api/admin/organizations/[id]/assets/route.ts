import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listInOrganization, listQueryOf, retrieveOne } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import { createAssetWorkflow } from "../../../../../workflows/portal-access"
import type { CreateAssetType } from "./validators"

// Installations (seed 003). A token is in the response that makes it, and nowhere else, ever.

/** `GET /admin/organizations/:id/assets`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOne(req.scope, "organization", "Organization", req.params.id, {}, ["id"])
  const { data, ...page } = await listInOrganization(req.scope, "portal_asset", req.params.id, {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ assets: data, ...page })
}

/** `POST /admin/organizations/:id/assets`: answers the installation's token once. */
export async function POST(req: AuthenticatedMedusaRequest<CreateAssetType>, res: MedusaResponse) {
  const { asset, token } = await runWorkflow(createAssetWorkflow, req.scope, { ...req.validatedBody, organization_id: req.params.id })
  const refetched = await retrieveOne(req.scope, "portal_asset", "Asset", asset.id, { organization_id: req.params.id }, req.queryConfig.fields)
  res.json({ asset: refetched, token })
}
