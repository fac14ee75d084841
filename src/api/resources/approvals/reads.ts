import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FINGERPRINT_FIELDS, fingerprintOf, type CompletingCart } from "../../../workflows/cart/utils/fingerprint"
import { cartChanged, isOpenRequest, shownStatus } from "../../../lib/approval-snapshot"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import { retrieveOne } from "../../utils/graph"
import type { OrganizationRequest } from "../../utils/organization-guard"

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
 * Approvals as every view shows them: the stored record (as `?fields` asks), its `status` as
 * the live cart makes it (an unused approval of a cart changed since is `superseded`) and
 * `cart_changed` (the cart is no longer what was asked: a decision would be refused). Two
 * reads for a page: the requests' fingerprints, then their open carts' fingerprints.
 */
export async function showApprovals<T extends Record<string, unknown>>(scope: MedusaContainer, rows: T[]) {
  const ids = rows.map((row) => row.id).filter((id): id is string => typeof id === "string")
  if (!ids.length) return rows
  const states = await scope
    .resolve<ApprovalModuleService>(APPROVAL_MODULE)
    .listApprovalRequests({ id: ids }, { select: ["id", "cart_id", "status", "fingerprint", "order_id"] })
  const open = states.filter(isOpenRequest)
  const live = await liveFingerprints(scope, [...new Set(open.map((state) => state.cart_id))])
  return rows.map((row) => {
    const state = states.find((candidate) => candidate.id === row.id)
    if (!state) return row
    const fingerprint = live.get(state.cart_id) ?? null
    return {
      ...row,
      ...("status" in row ? { status: shownStatus(state, fingerprint) } : {}),
      cart_changed: cartChanged(state, fingerprint),
    }
  })
}

/** The fingerprints of these carts as they are now, in one read (a cart Medusa no longer has is absent). */
async function liveFingerprints(scope: MedusaContainer, cartIds: string[]) {
  if (!cartIds.length) return new Map<string, string>()
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: FINGERPRINT_FIELDS, filters: { id: cartIds } })
  return new Map(data.map((cart) => [cart.id as string, fingerprintOf(cart as CompletingCart).fingerprint]))
}

/**
 * One approval as its detail routes answer it: the record (as `?fields` asks) as
 * `showApprovals` shows it, with `cart`, the cart as requested (its snapshot: lines, totals,
 * address; null for a request older than snapshots), who asked and who decided, read by the
 * server with fixed fields. `filters` is the reader's visibility, so nothing is shown of an
 * approval the reader may not see. Only the merchant learns which admin user decided
 * (`showMerchantUser`); to members a merchant decider is `{ type: "merchant", id: null }`.
 */
export async function approvalDetail(
  req: AuthenticatedMedusaRequest,
  id: string,
  { filters, showMerchantUser }: { filters: Record<string, unknown>; showMerchantUser: boolean }
) {
  const approval = await refetchApproval(req, id, filters)
  const [[who], [shown]] = await Promise.all([
    req.scope
      .resolve<ApprovalModuleService>(APPROVAL_MODULE)
      .listApprovalRequests(
        { id },
        { select: ["cart_id", "requested_by", "requester_customer_id", "decided_by", "decided_by_type", "snapshot"] }
      ),
    showApprovals(req.scope, [approval]),
  ])
  const [requester, decider] = await Promise.all([
    customerPerson(req.scope, who.requester_customer_id),
    deciderOf(req.scope, who, { showMerchantUser }),
  ])
  return {
    ...shown,
    cart: who.snapshot ?? null,
    requester: requester && { membership_id: who.requested_by, customer_id: who.requester_customer_id, ...requester },
    decider,
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
  { showMerchantUser }: { showMerchantUser: boolean }
) {
  if (!who.decided_by) return null
  if (who.decided_by_type === "merchant") {
    if (!showMerchantUser) return { type: "merchant" as const, id: null, ...NOBODY }
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
