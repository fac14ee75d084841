import { createHash } from "node:crypto"
import type { Context, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import type { ApprovalPolicyDTO } from "../modules/approval/types"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import { ADDRESS_KEY_FIELDS, addressKey, type AddressLike } from "./addresses"
import type { Permission } from "./permissions"
import { refusal } from "./refusal"
import { REFUSAL } from "./refusal-codes"

/** The parts of a cart an approval covers. */
export type FingerprintedCart = {
  id: string
  currency_code: string
  total: number
  fingerprint: string
}

// The canonical form's tuples; raw ids (JSON keeps a missing one as null), so the
// fingerprints of requests already stored stay valid.
type CanonicalLine = [string | null | undefined, number, number]
type CanonicalShipping = [string | null | undefined, number]

const round = (amount: unknown) => Math.round(Number(amount ?? 0) * 10000) / 10000

/** What a fingerprint covers of a cart, as query.graph and the completion's own read give it. */
export type CompletingCart = {
  id: string
  currency_code?: string | null
  total?: unknown
  items?: ({ variant_id?: string | null; quantity?: unknown; unit_price?: unknown } | null)[] | null
  shipping_address?: unknown
  shipping_methods?: ({ shipping_option_id?: string | null; amount?: unknown } | null)[] | null
}

export const FINGERPRINT_FIELDS = [
  "id",
  "currency_code",
  "total",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  ...ADDRESS_KEY_FIELDS.map((field) => `shipping_address.${field}`),
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
]

/**
 * A cart's fingerprint: SHA-256 over its line items (variant, quantity, unit price), the
 * shipping address, the shipping methods, the currency and the total, in a canonical order.
 * Any change to what would be ordered changes it.
 */
export function fingerprintOf(cart: CompletingCart): FingerprintedCart {
  const canonical = {
    currency: cart.currency_code,
    total: round(cart.total),
    items: (cart.items ?? [])
      .map((item): CanonicalLine => [item?.variant_id, Number(item?.quantity), round(item?.unit_price)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || a[1] - b[1]),
    address: cart.shipping_address ? addressKey(cart.shipping_address as AddressLike) : null,
    shipping: (cart.shipping_methods ?? [])
      .map((method): CanonicalShipping => [method?.shipping_option_id, round(method?.amount)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  }
  return {
    id: cart.id,
    currency_code: cart.currency_code as string,
    total: round(cart.total),
    fingerprint: createHash("sha256").update(JSON.stringify(canonical)).digest("hex"),
  }
}

/** The fingerprint of a cart read by id (an approval request, the approval check). */
export async function fingerprintCart(container: MedusaContainer, cartId: string): Promise<FingerprintedCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: FINGERPRINT_FIELDS, filters: { id: cartId } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  return fingerprintOf(cart as CompletingCart)
}

export type Member = {
  id: string
  organization_id: string
  permissions: Permission[]
  /** The membership's limit when the caller read it already (the acting membership has it). */
  spending_limit?: number | null
}

/** The organization's policy and the member's limit, as the approval rules use them. */
type SpendingRules = {
  threshold: number | null
  thresholdCurrency: string | null
  period: string
  limit: number | null
}

type ApprovalPolicy = Pick<ApprovalPolicyDTO, "threshold" | "currency_code" | "period">

/** The organization's approval policy (null: none), a read callers may start beside others. */
export async function approvalPolicyOf(container: MedusaContainer, organizationId: string): Promise<ApprovalPolicy | null> {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [policy] = await approvals.listApprovalPolicies({ organization_id: organizationId })
  return policy ?? null
}

async function spendingRulesOf(
  container: MedusaContainer,
  member: Member,
  policyRead: Promise<ApprovalPolicy | null> = approvalPolicyOf(container, member.organization_id)
): Promise<SpendingRules> {
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const [policy, limit] = await Promise.all([
    policyRead,
    member.spending_limit !== undefined
      ? member.spending_limit
      : organizations
          .listOrganizationMemberships({ id: member.id }, { select: ["id", "spending_limit"] })
          .then(([membership]) => (membership?.spending_limit == null ? null : Number(membership.spending_limit))),
  ])
  return {
    threshold: policy?.threshold == null ? null : Number(policy.threshold),
    thresholdCurrency: policy?.currency_code ?? null,
    period: policy?.period ?? "month",
    limit,
  }
}

/** What a reason is about; a spending-limit reason makes the refusal `spending_limit_exceeded`. */
type Reason = { kind: "permission" | "threshold" | "spending_limit"; text: string }

/** The reasons for these rules, with `spent` the member's spend this period before this cart. */
function reasonsUnder(member: Member, cart: FingerprintedCart, rules: SpendingRules, spent: number): Reason[] {
  const reasons: Reason[] = []
  if (!member.permissions.includes("orders.place")) {
    reasons.push({ kind: "permission", text: "you may request orders, not place them" })
  }
  const currency = cart.currency_code
  const sameCurrency = (rules.thresholdCurrency ?? "").toLowerCase() === currency.toLowerCase()
  if (rules.threshold != null && sameCurrency && cart.total > rules.threshold) {
    reasons.push({
      kind: "threshold",
      text: `the total is above the organization's approval threshold of ${rules.threshold} ${currency}`,
    })
  }
  if (rules.limit != null) {
    if (cart.total > rules.limit) {
      reasons.push({ kind: "spending_limit", text: `the total is above your spending limit of ${rules.limit} ${currency}` })
    } else if (spent + cart.total > rules.limit) {
      const rounded = Math.round(spent * 100) / 100
      reasons.push({
        kind: "spending_limit",
        text: `with ${rounded} ${currency} already spent this ${rules.period}, the total is above your spending limit of ${rules.limit} ${currency}`,
      })
    }
  }
  return reasons
}

/**
 * Why this cart needs an approval before this member may order it (empty: it does not):
 * the member may only request orders; the total is above the organization's threshold; or
 * above the member's spending limit, per order or added to what they spent this period
 * (recorded orders and the reservations of checkouts still completing).
 */
export async function approvalReasons(container: MedusaContainer, member: Member, cart: FingerprintedCart) {
  return (await approvalReasonsOf(container, member, cart)).map((reason) => reason.text)
}

async function spentThisPeriod(
  container: MedusaContainer,
  member: Member,
  currencyCode: string,
  period: string,
  sharedContext: Context | null
) {
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  if (sharedContext) {
    // Inside the reservation's transaction (see reserveSpending): the same connection.
    return organizations.sumMemberSpending(member.id, currencyCode, period, { manager: sharedContext.transactionManager })
  }
  const [recorded, held] = await Promise.all([
    organizations.sumMemberSpending(member.id, currencyCode, period),
    approvals.listSpendingReservations(
      { membership_id: member.id, currency_code: currencyCode, expires_at: { $gt: new Date() } },
      { select: ["amount"] }
    ),
  ])
  return recorded + held.reduce((sum, reservation) => sum + Number(reservation.amount), 0)
}

/** The cart's latest open or decided request, as the completion rule reads it. */
export type LatestApproval = { status: string; fingerprint: string } | null

/**
 * The completion rule: a cart that needs approval (`reasons`) completes only with an
 * approved request whose fingerprint is the cart's current one. Refusals: without a request
 * `spending_limit_exceeded` or `approval_required`, then `approval_pending`,
 * `approval_rejected` or `approval_stale`.
 */
export function assertCartApproved(reasons: Reason[], latest: LatestApproval, fingerprint: string) {
  if (!reasons.length) return
  const code = reasons.some((reason) => reason.kind === "spending_limit")
    ? REFUSAL.spending_limit_exceeded
    : REFUSAL.approval_required
  const need = `This order needs approval: ${reasons.map((reason) => reason.text).join("; ")}`
  if (!latest) throw refusal(code, `${need}. Ask for approval first`)
  if (latest.status === "pending") throw refusal(REFUSAL.approval_pending, `${need}. The approval is still pending`)
  if (latest.status === "rejected") throw refusal(REFUSAL.approval_rejected, `${need}. The approval was rejected`)
  if (latest.fingerprint !== fingerprint) {
    throw refusal(REFUSAL.approval_stale, "The cart changed since approval; ask for approval again")
  }
}

/**
 * The cart's latest request that counts for completion (approved, pending or rejected), of
 * this membership: a request belongs to the membership that asked, so one made before the
 * customer was removed and added again (a new membership) counts for nothing.
 */
export async function latestApproval(container: MedusaContainer, cartId: string, membershipId: string): Promise<LatestApproval> {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [latest] = await approvals.listApprovalRequests(
    { cart_id: cartId, requested_by: membershipId, status: ["approved", "pending", "rejected"] },
    { order: { created_at: "DESC" }, take: 1, select: ["status", "fingerprint"] }
  )
  return latest ?? null
}

/**
 * Why this cart needs approval before this member may order it, with the reasons' kinds
 * (for the completion rule); `spent` counted as in `approvalReasons`.
 */
export async function approvalReasonsOf(container: MedusaContainer, member: Member, cart: FingerprintedCart) {
  const rules = await spendingRulesOf(container, member)
  const spent =
    rules.limit == null ? 0 : await spentThisPeriod(container, member, cart.currency_code, rules.period, null)
  return reasonsUnder(member, cart, rules, spent)
}

/** How long a completing checkout holds its spend at most (a crashed one stops counting then). */
export const SPENDING_RESERVATION_TTL_MS = 5 * 60 * 1000


/**
 * The checkout rule, and the spend it holds: a cart that needs approval completes only with
 * an approved request whose fingerprint is the cart's current one (`assertCartApproved`).
 * `cart` is the completion's own read of it (under its lock), so nothing is read again.
 * Without a spending limit nothing is held: the permission and threshold reasons do not
 * depend on other checkouts, and the approval is read only when a reason applies. With a
 * limit, the cart's total is reserved against it until its order is recorded; the check and
 * the reservation run under the member's lock (reserveSpending), so parallel completions
 * cannot all see the same unspent limit. Answers the reservation (null: none), for the
 * completion to release if it fails later.
 */
export async function reserveOrderSpending(
  container: MedusaContainer,
  member: Member,
  completing: CompletingCart,
  /** The organization's policy when the caller started its read already (approvalPolicyOf). */
  policyRead?: Promise<ApprovalPolicy | null>
) {
  const cart = fingerprintOf(completing)
  const rules = await spendingRulesOf(container, member, policyRead)
  if (rules.limit == null) {
    const reasons = reasonsUnder(member, cart, rules, 0)
    if (reasons.length) assertCartApproved(reasons, await latestApproval(container, cart.id, member.id), cart.fingerprint)
    return null
  }
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const latest = await latestApproval(container, cart.id, member.id)
  const decide = async (heldElsewhere: number, sharedContext: Context) => {
    const recorded = await spentThisPeriod(container, member, cart.currency_code, rules.period, sharedContext)
    assertCartApproved(reasonsUnder(member, cart, rules, recorded + heldElsewhere), latest, cart.fingerprint)
  }
  return approvals.reserveSpending(
    {
      cart_id: cart.id,
      organization_id: member.organization_id,
      membership_id: member.id,
      currency_code: cart.currency_code,
      amount: cart.total,
      expires_at: new Date(Date.now() + SPENDING_RESERVATION_TTL_MS),
    },
    decide
  )
}
