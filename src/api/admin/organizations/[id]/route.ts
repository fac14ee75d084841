import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteOrganizationsWorkflow, updateOrganizationsWorkflow } from "../../../../workflows/organization"
import { runWorkflow } from "../../../utils/run-workflow"
import { refetchOrganization } from "../../../resources/organizations/query-config"
import type { AdminUpdateOrganizationType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ organization: await refetchOrganization(req.params.id, req.scope, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateOrganizationType>, res: MedusaResponse) => {
  await runWorkflow(updateOrganizationsWorkflow, req.scope, { organizations: [{ ...req.validatedBody, id: req.params.id }] })
  res.json({ organization: await refetchOrganization(req.params.id, req.scope, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runWorkflow(deleteOrganizationsWorkflow, req.scope, { ids: [req.params.id] })
  res.json({ id: req.params.id, object: "organization", deleted: true })
}
