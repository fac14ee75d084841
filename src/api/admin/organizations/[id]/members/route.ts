import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOrganizationMemberWorkflow } from "../../../../../workflows/organization"
import { listOrganizationMemberships, refetchMembership } from "../../../../utils/memberships"
import { refetchOrganization } from "../../../../utils/organizations"
import type { GetMembershipsParamsType } from "../../../../utils/validators"
import type { AdminAddMemberType } from "../../validators"
import { runWorkflow } from "../../../../utils/run-workflow"
import { listQueryOf } from "../../../../utils/graph"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, GetMembershipsParamsType>,
  res: MedusaResponse
) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(
    await listOrganizationMemberships(req.scope, req.params.id, listQueryOf(req))
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddMemberType>,
  res: MedusaResponse
) => {
  const { customer_id, email, ...membership } = req.validatedBody
  // A limit the merchant sets is changed only by the merchant.
  const limitSetter = membership.spending_limit == null ? {} : { spending_limit_set_by: "merchant" as const }
  const result = await runWorkflow(addOrganizationMemberWorkflow, req.scope, {
    ...membership,
    ...limitSetter,
    organization_id: req.params.id,
    customer: { customer_id, email },
  })
  res.json({
    membership: await refetchMembership(req.scope, req.params.id, result.id, req.queryConfig.fields),
  })
}
