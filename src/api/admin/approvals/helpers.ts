import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import { decideApprovalWorkflow, type ApprovalActor } from "../../../workflows/approval"
import { retrieveOne } from "../../utils/graph"
import type { OrganizationRequest } from "../../utils/organization-guard"
import { runWorkflow } from "../../utils/run-workflow"
import type { DecideApprovalType } from "./validators"

// Reads of approval requests shared by the admin's and the store's approval routes.

export const APPROVAL_ENTITY = "approval_request"

/** Approvers (orders.approve) see all of the organization's requests, others their own. */
export const visibleTo = (req: OrganizationRequest) => {
  const { membership, permissions } = req.organization_context
  return permissions.includes("orders.approve") ? {} : { requested_by: membership.id }
}

export function refetchApproval(req: AuthenticatedMedusaRequest, id: string, filters: Record<string, unknown> = {}) {
  return retrieveOne(req.scope, APPROVAL_ENTITY, "Approval", id, filters, req.queryConfig.fields)
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
    entity: APPROVAL_ENTITY,
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
    items: (cart.items ?? []).flatMap((item) => (item ? [item] : [])).map((item) => ({
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

/** The logged-in customer as a workflow's actor. */
export const memberActor = (req: AuthenticatedMedusaRequest): ApprovalActor => ({
  type: "member",
  customer_id: req.auth_context.actor_id,
})

type Decision = "approved" | "rejected"

/**
 * The handler of the store's approve and reject routes (they differ only in the decision):
 * the acting member decides once through the workflow (validate-approver holds the rules),
 * then the approval is answered as its detail route does.
 */
export const decideAsMember =
  (decision: Decision) => async (req: OrganizationRequest<DecideApprovalType>, res: MedusaResponse) => {
    const { organization_id } = req.organization_context
    await runWorkflow(decideApprovalWorkflow, req.scope, {
      approval_id: req.params.approval_id,
      decision,
      note: req.validatedBody.comment ?? null,
      actor: memberActor(req),
      organization_id,
    })
    res.json({ approval: await approvalDetail(req, req.params.approval_id, { organization_id }, "store") })
  }

/** The handler of the admin's approve and reject routes: the merchant decides any organization's request. */
export const decideAsMerchant =
  (decision: Decision) => async (req: AuthenticatedMedusaRequest<DecideApprovalType>, res: MedusaResponse) => {
    await runWorkflow(decideApprovalWorkflow, req.scope, {
      approval_id: req.params.id,
      decision,
      note: req.validatedBody.comment ?? null,
      actor: { type: "merchant", user_id: req.auth_context.actor_id },
    })
    res.json({ approval: await approvalDetail(req, req.params.id, {}, "admin") })
  }
