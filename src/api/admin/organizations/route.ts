import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { onboardOrganizationWorkflow } from "../../../workflows/organization"
import { listPage, listQueryOf } from "../../utils/graph"
import { runWorkflow } from "../../utils/run-workflow"
import { refetchOrganization } from "../../resources/organizations/query-config"
import type { AdminCreateOrganizationType, AdminGetOrganizationsParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetOrganizationsParamsType>, res: MedusaResponse) => {
  const { data: organizations, ...page } = await listPage(req.scope, "organization", listQueryOf(req))
  res.json({ organizations, ...page })
}

/**
 * Creates an organization, optionally with its first admin: an existing customer, or an
 * e-mail whose customer is created (README "Onboarding").
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateOrganizationType>, res: MedusaResponse) => {
  const { admin, ...organization } = req.validatedBody
  const result = await runWorkflow(onboardOrganizationWorkflow, req.scope, {
    organization,
    admin: admin ?? null,
    created_by: req.auth_context.actor_id,
  })
  res.json({
    organization: await refetchOrganization(result.organization.id, req.scope, req.queryConfig.fields),
    // Only when `admin.send_activation` e-mailed an activation link.
    ...(result.email ? { email: result.email } : {}),
  })
}
