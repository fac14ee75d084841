import type { MedusaResponse } from "@medusajs/framework/http"
import { createLocationWorkflow } from "../../../../../workflows/organization"
import { listQueryOf } from "../../../../utils/graph"
import type { OrganizationRequest } from "../../../../utils/organization-guard"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateLocationType, GetLocationsParamsType } from "../../../../resources/locations/validators"
import { listOrganizationLocations, refetchLocation } from "../../../../resources/locations/reads"

export const GET = async (req: OrganizationRequest<unknown, GetLocationsParamsType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  res.json(await listOrganizationLocations(req.scope, viewer.organization_id, listQueryOf(req), viewer))
}

export const POST = async (req: OrganizationRequest<CreateLocationType>, res: MedusaResponse) => {
  const viewer = req.organization_context
  const location = await runWorkflow(createLocationWorkflow, req.scope, {
    ...req.validatedBody,
    organization_id: viewer.organization_id,
  })
  res.json({ location: await refetchLocation(req.scope, viewer.organization_id, location.id, req.queryConfig.fields, viewer) })
}
