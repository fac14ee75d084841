import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listInOrganization, listQueryOf, retrieveOne } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import { createAccessCodeWorkflow } from "../../../../../workflows/portal-access"
import type { CreateAccessCodeType } from "./validators"

// Portal access (seed 003). A code is in the response that makes it, and nowhere else, ever.

/** `GET /admin/organizations/:id/access-codes`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveOne(req.scope, "organization", "Organization", req.params.id, {}, ["id"])
  const { data, ...page } = await listInOrganization(req.scope, "portal_access_code", req.params.id, {
    ...listQueryOf(req),
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ access_codes: data, ...page })
}

/** `POST /admin/organizations/:id/access-codes`: answers the new code once. */
export async function POST(req: AuthenticatedMedusaRequest<CreateAccessCodeType>, res: MedusaResponse) {
  const { access_code, code } = await runWorkflow(createAccessCodeWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
  })
  const refetched = await retrieveOne(req.scope, "portal_access_code", "Access code", access_code.id, { organization_id: req.params.id }, req.queryConfig.fields)
  res.json({ access_code: refetched, code })
}
