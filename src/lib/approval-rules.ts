import { createHash } from "node:crypto"
import type { Context, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import type { ApprovalPolicyDTO } from "../modules/approval/types"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import { ADDRESS_KEY_FIELDS, addressKey, type AddressLike } from "./addresses"
import { amountIn, currencyAmountsOf, formatAmounts, formatMoney, type CurrencyAmounts } from "./money"
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
  spending_limit?: CurrencyAmounts | null
}

/** The organization's policy and the member's limit, as the approval rules use them. */
type SpendingRules = {
  threshold: CurrencyAmounts | null
  period: string
  limit: CurrencyAmounts | null
}

type ApprovalPolicy = Pick<ApprovalPolicyDTO, "threshold" | "period">

/** The organization's approval policy (null: none), a read callers may start beside others. */
export async function approvalPolicyOf(container: MedusaContainer, organizationId: string): Promise<ApprovalPolicy | null> {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [policy] = await approvals.listApprovalPolicies({ organization_id: organizationId }, { select: ["threshold", "period"] })
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
          .then(([membership]) => membership?.spending_limit ?? null),
  ])
  return {
    threshold: currencyAmountsOf(policy?.threshold),
    period: policy?.period ?? "month",
    limit: currencyAmountsOf(limit),
  }
}

/**
 * What a reason is about: a spending-limit reason makes the refusal `spending_limit_exceeded`,
 * a currency a rule names no amount for `currency_not_covered`.
 */
type Reason = { kind: "permission" | "threshold" | "spending_limit" | "currency"; text: string }

/** The spending-limit reason for `total` with `spent` already spent this period (none: null). */
function limitReason(total: number, currency: string, limit: number, period: string, spent: number): Reason | null {
  const money = (amount: number) => formatMoney(amount, currency)
  if (total > limit) {
    return { kind: "spending_limit", text: `the total of ${money(total)} is above your spending limit of ${money(limit)} per ${period}` }
  }
  if (spent + total > limit) {
    return {
      kind: "spending_limit",
      text: `with ${money(spent)} already spent this ${period}, the total of ${money(total)} is above your spending limit of ${money(limit)} per ${period}`,
    }
  }
  return null
}

/**
 * The reasons for these rules, with `spent` the member's spend this period (in the cart's
 * currency) before this cart. A rule binds in the cart's currency only; a rule that names no
 * amount in it is a reason of its own (never an amount of another currency).
 */
function reasonsUnder(member: Member, cart: FingerprintedCart, rules: SpendingRules, spent: number): Reason[] {
  const reasons: Reason[] = []
  if (!member.permissions.includes("orders.place")) {
    reasons.push({ kind: "permission", text: "you may request orders, not place them" })
  }
  const currency = cart.currency_code.toLowerCase()
  const code = currency.toUpperCase()
  if (rules.threshold) {
    const threshold = amountIn(rules.threshold, currency)
    if (threshold == null) {
      reasons.push({
        kind: "currency",
        text: `the organization's approval threshold has no amount in ${code} (it has ${formatAmounts(rules.threshold)})`,
      })
    } else if (cart.total > threshold) {
      reasons.push({
        kind: "threshold",
        text: `the total of ${formatMoney(cart.total, currency)} is above the organization's approval threshold of ${formatMoney(threshold, currency)}`,
      })
    }
  }
  if (rules.limit) {
    const limit = amountIn(rules.limit, currency)
    if (limit == null) {
      reasons.push({ kind: "currency", text: `your spending limit has no amount in ${code} (it has ${formatAmounts(rules.limit)})` })
    } else {
      const reason = limitReason(cart.total, currency, limit, rules.period, spent)
      if (reason) reasons.push(reason)
    }
  }
  return reasons
}

/**
 * Why this cart needs an approval before this member may order it (empty: it does not):
 * the member may only request orders; the total is above the organization's threshold in the
 * cart's currency, or the threshold names no amount in it; or the member's spending limit in
 * that currency is exceeded, per order or added to what they spent this period (recorded
 * orders and the held spend of checkouts still completing), or names no amount in it.
 */
export async function approvalReasons(container: MedusaContainer, member: Member, cart: FingerprintedCart) {
  return (await approvalReasonsOf(container, member, cart)).map((reason) => reason.text)
}

async function spentThisPeriod(
  container: MedusaContainer,
  memberId: string,
  currencyCode: string,
  period: string,
  sharedContext: Context | null
) {
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  if (sharedContext) {
    // Inside the hold's transaction (see holdSpending): the same connection.
    return organizations.sumMemberSpending(memberId, currencyCode, period, { manager: sharedContext.transactionManager })
  }
  const [recorded, held] = await Promise.all([
    organizations.sumMemberSpending(memberId, currencyCode, period),
    approvals.listSpendingReservations(
      { membership_id: memberId, currency_code: currencyCode, held: true, expires_at: { $gt: new Date() } },
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
 * `spending_limit_exceeded`, `currency_not_covered` or `approval_required`, then
 * `approval_pending`, `approval_rejected` or `approval_stale`.
 */
export function assertCartApproved(reasons: Reason[], latest: LatestApproval, fingerprint: string) {
  if (!reasons.length) return
  const code = reasons.some((reason) => reason.kind === "spending_limit")
    ? REFUSAL.spending_limit_exceeded
    : reasons.some((reason) => reason.kind === "currency")
      ? REFUSAL.currency_not_covered
      : REFUSAL.approval_required
  const why = reasons.map((reason) => reason.text).join("; ")
  if (!latest) {
    throw refusal(code, `This order needs your organization's approval (${why}): send the cart for approval, then place the order once it is approved`)
  }
  if (latest.status === "pending") throw refusal(REFUSAL.approval_pending, `This order waits for your organization's approval (${why}): you can place it once it is approved`)
  if (latest.status === "rejected") throw refusal(REFUSAL.approval_rejected, `Your organization did not approve this order (${why}): change the cart and send it for approval again`)
  if (latest.fingerprint !== fingerprint) {
    throw refusal(REFUSAL.approval_stale, "The cart changed after it was approved: send it for approval again")
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
  const limited = amountIn(rules.limit, cart.currency_code) != null
  const spent = limited ? await spentThisPeriod(container, member.id, cart.currency_code, rules.period, null) : 0
  return reasonsUnder(member, cart, rules, spent)
}

/** How long a completing checkout holds its spend at most (a crashed one stops counting then). */
export const SPENDING_RESERVATION_TTL_MS = 5 * 60 * 1000

/** A completion the hook checked: who, where, and the limit its spend is held against. */
export type CheckedCompletion = {
  member: Member
  location_id: string | null
}

/**
 * The checkout rule at the completion's `validate` hook, and the record of what it checked:
 * a cart that needs approval completes only with an approved request whose fingerprint is
 * the cart's current one (`assertCartApproved`); here every reason that does not depend on the
 * member's other checkouts (permission, threshold, a currency a rule has no amount for, a
 * total above the limit on its own). `cart` is the completion's own read of it (under its
 * lock), so nothing is read again; the approval is read only when a reason or a limit applies.
 * The member, location and spend are recorded for the cart (the organization's order record
 * takes them from there, not from a later re-check); the spend is held against the period's
 * limit only later (`holdOrderSpending`), once Medusa's own checks of the cart passed.
 */
export async function recordCheckedCompletion(
  container: MedusaContainer,
  { member, location_id }: CheckedCompletion,
  completing: CompletingCart,
  /** The organization's policy when the caller started its read already (approvalPolicyOf). */
  policyRead?: Promise<ApprovalPolicy | null>
) {
  const cart = fingerprintOf(completing)
  const rules = await spendingRulesOf(container, member, policyRead)
  const limit = amountIn(rules.limit, cart.currency_code)
  let approved = false
  if (limit != null || reasonsUnder(member, cart, rules, 0).length) {
    // The spend already recorded or held counts here too (held spend is of completions that
    // passed Medusa's checks): what cannot fit is refused before Medusa makes an order.
    const [latest, spent] = await Promise.all([
      latestApproval(container, cart.id, member.id),
      limit == null ? 0 : spentThisPeriod(container, member.id, cart.currency_code, rules.period, null),
    ])
    assertCartApproved(reasonsUnder(member, cart, rules, spent), latest, cart.fingerprint)
    approved = latest?.status === "approved" && latest.fingerprint === cart.fingerprint
  }
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  return approvals.recordCompletion({
    cart_id: cart.id,
    organization_id: member.organization_id,
    membership_id: member.id,
    location_id,
    currency_code: cart.currency_code,
    amount: cart.total,
    limit_amount: limit,
    period: limit == null ? null : rules.period,
    approved,
    expires_at: new Date(Date.now() + SPENDING_RESERVATION_TTL_MS),
  })
}

/**
 * The period's spending limit, once Medusa's own checks of the completing cart passed (its
 * `beforePaymentAuthorization` hook): the cart's spend, added to what the member spent this
 * period and what their other completions hold, must fit the limit in its currency, unless an
 * approval matching the cart allows it. The check and the hold run under the member's lock
 * (holdSpending), so parallel completions cannot all see the same unspent limit; a completion
 * that fails before this point never held anything, so it refuses nobody.
 */
export async function holdOrderSpending(container: MedusaContainer, cartId: string) {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [completion] = await approvals.listSpendingReservations(
    { cart_id: cartId },
    { select: ["id", "membership_id", "currency_code", "amount", "limit_amount", "period", "approved", "held"] }
  )
  if (!completion || completion.held || completion.limit_amount == null) return
  const total = Number(completion.amount)
  const limit = Number(completion.limit_amount)
  const period = completion.period ?? "month"
  await approvals.holdSpending(completion, async (heldElsewhere, sharedContext) => {
    if (completion.approved) return
    const recorded = await spentThisPeriod(container, completion.membership_id, completion.currency_code, period, sharedContext)
    const reason = limitReason(total, completion.currency_code.toLowerCase(), limit, period, recorded + heldElsewhere)
    if (!reason) return
    // Not approved as it is (the validate hook knew): the refusal says how the approval stands.
    const latest = await latestApproval(container, cartId, completion.membership_id)
    assertCartApproved([reason], latest, latest?.status === "approved" ? `not ${latest.fingerprint}` : "")
  })
}
