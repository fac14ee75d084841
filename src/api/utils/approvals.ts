import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { approvalReasons, fingerprintCart } from "../../lib/approval-rules"
import { assertCartAdmitted, checkOrganizationCart, organizationCart } from "../../lib/cart-rules"
import { REFUSAL } from "../../lib/refusal-codes"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { decideApprovalWorkflow, requestCartApprovalWorkflow, type ApprovalDecider } from "../../workflows/approval"
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

/**
 * One approval as its detail routes answer it: the record (as `?fields` asks) with its cart's
 * lines, who asked and who decided, read by the server with fixed fields. `filters` is the
 * reader's visibility, so the cart is shown only with an approval the reader may see. The
 * store never learns which admin user decided: a merchant decider is `{ type: "merchant" }`.
 */
export async function approvalDetail(
  req: AuthenticatedMedusaRequest,
  id: string,
  filters: Record<string, unknown>,
  side: "admin" | "store"
) {
  const approval = await refetchApproval(req, id, filters)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [who],
  } = await query.graph({
    entity: ENTITY,
    fields: ["cart_id", "requested_by", "requester_customer_id", "decided_by", "decided_by_type"],
    filters: { id },
  })
  const [cart, requester, decider] = await Promise.all([
    approvalCart(req.scope, who.cart_id),
    customerPerson(req.scope, who.requester_customer_id),
    deciderOf(req.scope, who, side),
  ])
  return {
    ...approval,
    cart,
    requester: requester && { membership_id: who.requested_by, customer_id: who.requester_customer_id, ...requester },
    decider,
  }
}

const money = (amount: unknown) => (amount == null ? null : Number(amount))

/** The cart's lines and totals as they are now (null once Medusa no longer has the cart). */
async function approvalCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "subtotal",
      "shipping_total",
      "tax_total",
      ...["id", "title", "variant_title", "variant_sku", "thumbnail", "quantity", "unit_price", "total"].map((f) => `items.${f}`),
    ],
    filters: { id: cartId },
  })
  if (!cart) return null
  return {
    id: cart.id,
    currency_code: cart.currency_code,
    total: money(cart.total),
    subtotal: money(cart.subtotal),
    shipping_total: money(cart.shipping_total),
    tax_total: money(cart.tax_total),
    items: (cart.items ?? []).filter(Boolean).map((item: any) => ({
      id: item.id,
      title: item.title,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: money(item.unit_price),
      total: money(item.total),
    })),
  }
}

type Person = { email: string | null; first_name: string | null; last_name: string | null }

async function customerPerson(scope: MedusaContainer, customerId: string | null): Promise<Person | null> {
  if (!customerId) return null
  const [customer] = await scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: customerId }, { select: ["email", "first_name", "last_name"] })
  return customer ? { email: customer.email, first_name: customer.first_name ?? null, last_name: customer.last_name ?? null } : null
}

const NOBODY: Person = { email: null, first_name: null, last_name: null }

/** Who decided an approval; the store gets a merchant decision without the admin user's identity. */
export async function deciderOf(
  scope: MedusaContainer,
  who: { decided_by?: string | null; decided_by_type?: string | null },
  side: "admin" | "store"
) {
  if (!who.decided_by) return null
  if (who.decided_by_type === "merchant") {
    if (side === "store") return { type: "merchant" as const, id: null, ...NOBODY }
    const [user] = await scope
      .resolve(Modules.USER)
      .listUsers({ id: who.decided_by }, { select: ["email", "first_name", "last_name"] })
    return { type: "merchant" as const, id: who.decided_by, ...(user ? personOf(user) : NOBODY) }
  }
  // A member's decision; the membership may be gone since (removed members are soft-deleted).
  const [membership] = await scope
    .resolve<OrganizationModuleService>(ORGANIZATION_MODULE)
    .listOrganizationMemberships({ id: who.decided_by }, { select: ["customer_id"], withDeleted: true })
  const person = membership ? await customerPerson(scope, membership.customer_id) : null
  return { type: "member" as const, id: who.decided_by, ...(person ?? NOBODY) }
}

const personOf = (p: { email?: string | null; first_name?: string | null; last_name?: string | null }): Person => ({
  email: p.email ?? null,
  first_name: p.first_name ?? null,
  last_name: p.last_name ?? null,
})

/** `POST /store/carts/:id/approval`: the cart's own member asks approval for it as it is now. */
export async function requestCartApproval(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await organizationCart(req.scope, req.params.id).catch(() => {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  })
  if (!cart.organization_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Only a cart created for an organization can be sent for approval",
      REFUSAL.organization_cart_required
    )
  }
  // The storefront's groups as at completion: channel, organization and customer share one.
  await assertCartAdmitted(req.scope, cart)
  const checked = (await checkOrganizationCart(req.scope, cart))!
  assertPermission(checked, "orders.request", "orders.place")
  const fingerprinted = await fingerprintCart(req.scope, cart.id)
  if (!fingerprinted.total) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty", REFUSAL.cart_empty)
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
  res.json({ approval: await approvalDetail(req, req.params.approval_id, filters, "store") })
}

/**
 * `POST /store/organizations/:id/approvals/:approval_id/approve|reject`: once (409
 * `approval_already_decided` after any decision, also the merchant's). Nobody approves their
 * own request unless they could have placed that order without one (403 `self_approval_forbidden`).
 */
export function decideOrganizationApproval(status: "approved" | "rejected") {
  return async (req: OrganizationRequest<DecideApprovalType>, res: MedusaResponse) => {
    const { organization_id, membership, permissions } = req.organization_context
    // Fixed fields: `?fields` shapes the answer, never what the rule reads.
    const approval = await retrieveOne(req.scope, ENTITY, "Approval", req.params.approval_id, { organization_id }, [
      "id",
      "cart_id",
      "requested_by",
      "currency_code",
      "total",
    ])
    if (status === "approved" && approval.requested_by === membership.id) {
      const reasons = await approvalReasons(
        req.scope,
        { id: membership.id, organization_id, permissions },
        { id: approval.cart_id, currency_code: approval.currency_code, total: Number(approval.total), fingerprint: "" }
      )
      if (reasons.length) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `You cannot approve your own request: ${reasons.join("; ")}`,
          REFUSAL.self_approval_forbidden
        )
      }
    }
    await decide(req, approval.id, organization_id, status, { type: "member", membership_id: membership.id })
    res.json({ approval: await approvalDetail(req, approval.id, { organization_id }, "store") })
  }
}

/**
 * `POST /admin/approvals/:id/approve|reject`: the merchant decides any organization's request,
 * through the same workflow and row lock as the store's decisions (one decision in all).
 */
export function decideApprovalAsMerchant(status: "approved" | "rejected") {
  return async (req: AuthenticatedMedusaRequest<DecideApprovalType>, res: MedusaResponse) => {
    await decide(req, req.params.id, null, status, { type: "merchant", user_id: req.auth_context.actor_id })
    res.json({ approval: await approvalDetail(req, req.params.id, {}, "admin") })
  }
}

function decide(
  req: AuthenticatedMedusaRequest<DecideApprovalType>,
  id: string,
  organizationId: string | null,
  status: "approved" | "rejected",
  actor: ApprovalDecider
) {
  return runWorkflow(decideApprovalWorkflow, req.scope, {
    id,
    organization_id: organizationId,
    status,
    actor,
    comment: req.validatedBody.comment ?? null,
  })
}

/** `GET /admin/approvals`: every organization's requests; filter by organization too. */
export async function listAllApprovals(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data, ...page } = await listPage(req.scope, ENTITY, { ...listQueryOf(req), defaultOrder: { created_at: "DESC" } })
  res.json({ approvals: data, ...page })
}
