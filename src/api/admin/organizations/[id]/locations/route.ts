import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createLocationWorkflow } from "../../../../../workflows/organization"
import { listQueryOf } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { CreateLocationType, GetLocationsParamsType } from "../../../../resources/locations/validators"
import { refetchOrganization } from "../../../../resources/organizations/query-config"
import { listOrganizationLocations, refetchLocation } from "../../../../resources/locations/reads"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetLocationsParamsType>, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await listOrganizationLocations(req.scope, req.params.id, listQueryOf(req)))
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateLocationType>, res: MedusaResponse) => {
  const location = await runWorkflow(createLocationWorkflow, req.scope, { ...req.validatedBody, organization_id: req.params.id })
  res.json({ location: await refetchLocation(req.scope, req.params.id, location.id, req.queryConfig.fields) })
}
