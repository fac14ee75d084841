import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrganizationsWorkflow } from "../../../workflows/organization"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: organizations, metadata } = await query.graph({
    entity: "organization",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    organizations,
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateOrganizationType>,
  res: MedusaResponse
) => {
  const result = await runWorkflow(createOrganizationsWorkflow, req.scope, { organizations: [req.validatedBody] })

  const organization = await refetchOrganization(result[0].id, req.scope, req.queryConfig.fields)
  res.json({ organization })
}
