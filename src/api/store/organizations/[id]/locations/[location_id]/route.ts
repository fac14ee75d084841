import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteLocationWorkflow, updateLocationWorkflow } from "../../../../../../workflows/organization"
import type { OrganizationRequest } from "../../../../../utils/organization-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { UpdateLocationType } from "../../../../../resources/locations/validators"
import { refetchLocation } from "../../../../../resources/locations/reads"

export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const viewer = req.organization_context
  res.json({
    location: await refetchLocation(req.scope, viewer.organization_id, req.params.location_id, req.queryConfig.fields, viewer),
  })
}

export const POST = async (req: OrganizationRequest<UpdateLocationType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  const { location_id } = req.params
  await runWorkflow(updateLocationWorkflow, req.scope, {
    ...req.validatedBody,
    id: location_id,
    organization_id: viewer.organization_id,
  })
  res.json({ location: await refetchLocation(req.scope, viewer.organization_id, location_id, req.queryConfig.fields, viewer) })
}

export const DELETE = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  const { location_id } = req.params
  await runWorkflow(deleteLocationWorkflow, req.scope, { organization_id, id: location_id })
  res.json({ id: location_id, object: "location", deleted: true })
}
