import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOne } from "../../../../../utils/graph"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { changeAccessCodeWorkflow } from "../../../../../../workflows/portal-access"
import type { ChangeAccessCodeType } from "../validators"

/** `{ enabled }` switches the code; `{ regenerate: true }` answers the new code once. */
export async function POST(req: AuthenticatedMedusaRequest<ChangeAccessCodeType>, res: MedusaResponse) {
  const { code } = await runWorkflow(changeAccessCodeWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: req.params.id,
    id: req.params.code_id,
  })
  const access_code = await retrieveOne(req.scope, "portal_access_code", "Access code", req.params.code_id, { organization_id: req.params.id }, req.queryConfig.fields)
  res.json(code ? { access_code, code } : { access_code })
}
