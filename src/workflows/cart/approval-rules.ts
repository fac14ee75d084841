import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { amountIn, currencyAmountsOf } from "../../lib/money"
import { APPROVAL_MODULE } from "../../modules/approval"
import type ApprovalModuleService from "../../modules/approval/service"
import type { ApprovalPolicyDTO } from "../../modules/approval/types"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { limitReason, reasonsUnder, spendingPeriodOf, type Member, type SpendingRules } from "./utils/approval-reasons"
import { assertCartApproved, SPENDING_RESERVATION_TTL_MS, type LatestApproval } from "./utils/completion"
import { FINGERPRINT_FIELDS, fingerprintOf, type CompletingCart, type FingerprintedCart } from "./utils/fingerprint"

// The approval rules' reads and writes at checkout (the rules themselves: ./utils).

/** The fingerprint of a cart read by id (an approval request, the approval check). */
export async function fingerprintCart(container: MedusaContainer, cartId: string): Promise<FingerprintedCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: FINGERPRINT_FIELDS, filters: { id: cartId } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  return fingerprintOf(cart as CompletingCart)
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
    period: spendingPeriodOf(policy),
    limit: currencyAmountsOf(limit),
  }
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

/** The member's spend this period in a currency, from the approval module's ledger (recorded and held). */
function spentThisPeriod(container: MedusaContainer, memberId: string, currencyCode: string, period: string) {
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  return approvals.spentInPeriod(memberId, currencyCode, period)
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
  const spent = limited ? await spentThisPeriod(container, member.id, cart.currency_code, rules.period) : 0
  return reasonsUnder(member, cart, rules, spent)
}

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
      limit == null ? 0 : spentThisPeriod(container, member.id, cart.currency_code, rules.period),
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
  const verdict = await approvals.holdSpending(completion)
  if (verdict.held) return
  const currency = completion.currency_code.toLowerCase()
  // Refused by the same rule (withinLimit), so there is a reason.
  const reason = limitReason(Number(completion.amount), currency, Number(completion.limit_amount), completion.period ?? "month", verdict.spent)!
  // Not approved as it is (the validate hook knew): the refusal says how the approval stands.
  const latest = await latestApproval(container, cartId, completion.membership_id)
  assertCartApproved([reason], latest, latest?.status === "approved" ? `not ${latest.fingerprint}` : "")
}
