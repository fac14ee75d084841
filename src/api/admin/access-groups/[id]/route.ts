import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteAccessGroupWorkflow, updateAccessGroupWorkflow } from "../../../../workflows/access-group"
import { refetchAccessGroup } from "../helpers"
import { runWorkflow } from "../../../utils/run-workflow"
import type { AdminUpdateAccessGroupType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ access_group: await refetchAccessGroup(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAccessGroupType>, res: MedusaResponse) => {
  await runWorkflow(updateAccessGroupWorkflow, req.scope, { ...req.validatedBody, id: req.params.id })
  res.json({ access_group: await refetchAccessGroup(req.scope, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runWorkflow(deleteAccessGroupWorkflow, req.scope, { id: req.params.id })
  res.json({ id: req.params.id, object: "access_group", deleted: true })
}
