import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteLocationWorkflow, updateLocationWorkflow } from "../../../../../../workflows/organization"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateLocationType } from "../../../../../resources/locations/validators"
import { refetchOrganization } from "../../../../../resources/organizations/query-config"
import { refetchLocation } from "../../../../../resources/locations/reads"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, location_id } = req.params
  await refetchOrganization(id, req.scope, ["id"])
  res.json({ location: await refetchLocation(req.scope, id, location_id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateLocationType>, res: MedusaResponse) => {
  const { id, location_id } = req.params
  await refetchOrganization(id, req.scope, ["id"])
  await runWorkflow(updateLocationWorkflow, req.scope, { ...req.validatedBody, id: location_id, organization_id: id })
  res.json({ location: await refetchLocation(req.scope, id, location_id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, location_id } = req.params
  await refetchOrganization(id, req.scope, ["id"])
  await runWorkflow(deleteLocationWorkflow, req.scope, { organization_id: id, id: location_id })
  res.json({ id: location_id, object: "location", deleted: true })
}
