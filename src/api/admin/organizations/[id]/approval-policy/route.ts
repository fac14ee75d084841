import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { APPROVAL_MODULE } from "../../../../../modules/approval"
import type ApprovalModuleService from "../../../../../modules/approval/service"
import { setApprovalPolicyWorkflow } from "../../../../../workflows/approval"
import { refetchOrganization } from "../../../../utils/organizations"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { SetApprovalPolicyType } from "../../../../utils/validators"

const policyOf = async (req: AuthenticatedMedusaRequest) => {
  const [policy] = await (req.scope.resolve(APPROVAL_MODULE) as ApprovalModuleService).listApprovalPolicies({
    organization_id: req.params.id,
  })
  return policy ?? null
}

/** The organization's approval policy (null: none; orders then need approval only by role or spending limit). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json({ approval_policy: await policyOf(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<SetApprovalPolicyType>, res: MedusaResponse) => {
  await runWorkflow(setApprovalPolicyWorkflow, req.scope, { ...req.validatedBody, organization_id: req.params.id })
  res.json({ approval_policy: await policyOf(req) })
}
