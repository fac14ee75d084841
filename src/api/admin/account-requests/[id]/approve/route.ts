import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveAccountRequestWorkflow } from "../../../../../workflows/account-request"
import { refetchAccountRequest } from "../../helpers"
import { organizationWithLocationsFields, refetchOrganization } from "../../../../resources/organizations/query-config"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminApproveAccountRequestType } from "../../validators"

/**
 * Approves a pending request once (409 after any decision): customer, organization with
 * the contact as admin, groups, the request's address as its first location; the contact is
 * e-mailed an activation link and `email` says whether it went out (copy the link otherwise).
 * 409 `possible_duplicate` when an organization has the same numbers, unless `allow_duplicate`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveAccountRequestType>,
  res: MedusaResponse
) => {
  const { organization_id, email } = await runWorkflow(approveAccountRequestWorkflow, req.scope, {
    id: req.params.id,
    decided_by: req.auth_context.actor_id,
    access_group_ids: req.validatedBody.access_group_ids ?? null,
    allow_duplicate: req.validatedBody.allow_duplicate ?? false,
  })
  res.json({
    account_request: await refetchAccountRequest(req.scope, req.params.id, req.queryConfig.fields),
    organization: await refetchOrganization(organization_id, req.scope, organizationWithLocationsFields),
    email,
  })
}
