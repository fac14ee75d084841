import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { APPROVAL_MODULE } from "../../../../../modules/approval"
import type ApprovalModuleService from "../../../../../modules/approval/service"
import { ORGANIZATION_MODULE } from "../../../../../modules/organization"
import type OrganizationModuleService from "../../../../../modules/organization/service"
import { setApprovalPolicyWorkflow } from "../../../../../workflows/approval"
import { refetchOrganization } from "../../../../resources/organizations/query-config"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { SetApprovalPolicyType } from "./validators"

const policyOf = async (req: AuthenticatedMedusaRequest) => {
  const [policy] = await (req.scope.resolve(APPROVAL_MODULE) as ApprovalModuleService).listApprovalPolicies({
    organization_id: req.params.id,
  })
  return policy ?? null
}

/** Active members who may decide approvals (orders.approve): the drawer warns at 0 or 1. */
const approversOf = async (req: AuthenticatedMedusaRequest) =>
  (await (req.scope.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).listMembershipsWithPermission(
    req.params.id,
    "orders.approve"
  )).length

const policyResponse = async (req: AuthenticatedMedusaRequest) => {
  const [approval_policy, approvers] = await Promise.all([policyOf(req), approversOf(req)])
  return { approval_policy, approvers }
}

/**
 * The organization's approval policy (null: none; orders then need approval only by role or
 * spending limit) and how many members can decide approvals.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOrganization(req.params.id, req.scope, ["id"])
  res.json(await policyResponse(req))
}

export const POST = async (req: AuthenticatedMedusaRequest<SetApprovalPolicyType>, res: MedusaResponse) => {
  await runWorkflow(setApprovalPolicyWorkflow, req.scope, { ...req.validatedBody, organization_id: req.params.id })
  res.json(await policyResponse(req))
}
