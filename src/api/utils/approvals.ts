import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { approvalReasons, fingerprintCart } from "../../lib/approval-rules"
import { assertCartAdmitted, checkOrganizationCart, organizationCart } from "../../lib/cart-rules"
import { decideApprovalWorkflow, requestCartApprovalWorkflow } from "../../workflows/approval"
import { listInOrganization, listPage, listQueryOf, retrieveOne } from "./graph"
import { assertPermission, type OrganizationRequest } from "./organization-guard"
import { runWorkflow } from "./run-workflow"
import type { DecideApprovalType } from "./validators"

const ENTITY = "approval_request"

/** Approvers (orders.approve) see all of the organization's requests, others their own. */
const visibleTo = (req: OrganizationRequest) => {
  const { membership, permissions } = req.organization_context
  return permissions.includes("orders.approve") ? {} : { requested_by: membership.id }
}

export function refetchApproval(req: AuthenticatedMedusaRequest, id: string, filters: Record<string, unknown> = {}) {
  return retrieveOne(req.scope, ENTITY, "Approval", id, filters, req.queryConfig.fields)
}

/** `POST /store/carts/:id/approval`: the cart's own member asks approval for it as it is now. */
export async function requestCartApproval(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await organizationCart(req.scope, req.params.id).catch(() => {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  })
  if (!cart.organization_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a cart created for an organization can be sent for approval")
  }
  // The storefront's groups as at completion: channel, organization and customer share one.
  await assertCartAdmitted(req.scope, cart)
  const checked = (await checkOrganizationCart(req.scope, cart))!
  assertPermission(checked, "orders.request", "orders.place")
  const fingerprinted = await fingerprintCart(req.scope, cart.id)
  if (!fingerprinted.total) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty")
  }
  const member = { id: checked.membership.id, organization_id: checked.organization_id, permissions: checked.permissions }
  const request = await runWorkflow(requestCartApprovalWorkflow, req.scope, {
    cart_id: cart.id,
    organization_id: checked.organization_id,
    requested_by: checked.membership.id,
    requester_customer_id: cart.customer_id!,
    fingerprint: fingerprinted.fingerprint,
    currency_code: fingerprinted.currency_code,
    total: fingerprinted.total,
    reasons: await approvalReasons(req.scope, member, fingerprinted),
  })
  res.json({ approval: await refetchApproval(req, request.id) })
}

/** `GET /store/organizations/:id/approvals` and one of them. */
export async function listOrganizationApprovals(req: OrganizationRequest, res: MedusaResponse) {
  const query = listQueryOf(req)
  const { data, ...page } = await listInOrganization(req.scope, ENTITY, req.organization_context.organization_id, {
    ...query,
    filters: { ...query.filters, ...visibleTo(req) },
    defaultOrder: { created_at: "DESC" },
  })
  res.json({ approvals: data, ...page })
}

export async function getOrganizationApproval(req: OrganizationRequest, res: MedusaResponse) {
  const filters = { organization_id: req.organization_context.organization_id, ...visibleTo(req) }
  res.json({ approval: await refetchApproval(req, req.params.approval_id, filters) })
}

/**
 * `POST …/approvals/:approval_id/approve|reject`: once (409 after any decision). Nobody
 * approves their own request unless they could have placed that order without one.
 */
export function decideOrganizationApproval(status: "approved" | "rejected") {
  return async (req: OrganizationRequest<DecideApprovalType>, res: MedusaResponse) => {
    const { organization_id, membership, permissions } = req.organization_context
    const approval = await refetchApproval(req, req.params.approval_id, { organization_id })
    if (status === "approved" && approval.requested_by === membership.id) {
      const reasons = await approvalReasons(
        req.scope,
        { id: membership.id, organization_id, permissions },
        { id: approval.cart_id, currency_code: approval.currency_code, total: Number(approval.total), fingerprint: "" }
      )
      if (reasons.length) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `You cannot approve your own request: ${reasons.join("; ")}`
        )
      }
    }
    await runWorkflow(decideApprovalWorkflow, req.scope, {
      id: approval.id,
      organization_id,
      status,
      decided_by: membership.id,
      comment: req.validatedBody.comment ?? null,
    })
    res.json({ approval: await refetchApproval(req, approval.id) })
  }
}

/** `GET /admin/approvals`: every organization's requests; filter by organization too. */
export async function listAllApprovals(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data, ...page } = await listPage(req.scope, ENTITY, { ...listQueryOf(req), defaultOrder: { created_at: "DESC" } })
  res.json({ approvals: data, ...page })
}
