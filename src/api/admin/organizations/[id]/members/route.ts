import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOrganizationMemberWorkflow } from "../../../../../workflows/organization"
import { listQueryOf } from "../../../../utils/graph"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { GetMembershipsParamsType } from "../../../../resources/members/validators"
import { refetchOrganization } from "../../../../resources/organizations/query-config"
import { listOrganizationMemberships, refetchMembership } from "../../../../resources/members/reads"
import type { AdminAddMemberType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetMembershipsParamsType>, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await listOrganizationMemberships(req.scope, req.params.id, listQueryOf(req)))
}

/** The merchant adds an existing customer; a spending limit set here is the merchant's. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddMemberType>, res: MedusaResponse) => {
  const { customer_id, email, ...membership } = req.validatedBody
  const result = await runWorkflow(addOrganizationMemberWorkflow, req.scope, {
    ...membership,
    organization_id: req.params.id,
    customer: { customer_id, email },
    actor: { type: "merchant", user_id: req.auth_context.actor_id },
  })
  res.json({ membership: await refetchMembership(req.scope, req.params.id, result.id, req.queryConfig.fields) })
}
