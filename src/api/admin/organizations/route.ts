import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrganizationsWorkflow } from "../../../workflows/organization"
import { listPage, listQueryOf } from "../../utils/graph"
import { refetchOrganization } from "../../utils/organizations"
import type {
  AdminCreateOrganizationType,
  AdminGetOrganizationsParamsType,
} from "./validators"
import { runWorkflow } from "../../utils/run-workflow"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrganizationsParamsType>,
  res: MedusaResponse
) => {
  const { data: organizations, ...page } = await listPage(req.scope, "organization", listQueryOf(req))
  res.json({ organizations, ...page })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateOrganizationType>,
  res: MedusaResponse
) => {
  const result = await runWorkflow(createOrganizationsWorkflow, req.scope, { organizations: [req.validatedBody] })

  const organization = await refetchOrganization(result[0].id, req.scope, req.queryConfig.fields)
  res.json({ organization })
}
