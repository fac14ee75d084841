import type { MedusaResponse } from "@medusajs/framework/http"
import { updateOrganizationsWorkflow } from "../../../../workflows/organization"
import type { OrganizationRequest } from "../../../utils/organization-guard"
import { runWorkflow } from "../../../utils/run-workflow"
import { refetchOrganization } from "../../../resources/organizations/query-config"
import type { StoreUpdateOrganizationType } from "../validators"

export const GET = async (req: OrganizationRequest, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  res.json({ organization: await refetchOrganization(organization_id, req.scope, req.queryConfig.fields) })
}

export const POST = async (req: OrganizationRequest<StoreUpdateOrganizationType>, res: MedusaResponse) => {
  const { organization_id } = req.organization_context
  await runWorkflow(updateOrganizationsWorkflow, req.scope, { organizations: [{ ...req.validatedBody, id: organization_id }] })
  res.json({ organization: await refetchOrganization(organization_id, req.scope, req.queryConfig.fields) })
}
