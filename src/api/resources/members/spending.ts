import type { MedusaContainer } from "@medusajs/framework/types"
import { currencyAmountsOf, limitUses } from "../../../lib/money"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"
import { approvalPolicyOf } from "../../../workflows/cart/approval-rules"
import { spendingPeriodOf } from "../../../workflows/cart/utils/approval-reasons"
import { retrieveInOrganization } from "../../utils/graph"

/**
 * How a member's spending limit stands in the organization's current period (the approval
 * policy's, else a month): per currency of the limit, what it allows, what the member's orders
 * not canceled and checkouts in flight spent, and what is left. The same ledger the checkout
 * decides from. Another organization's membership answers 404.
 */
export async function spendingOfMember(scope: MedusaContainer, organizationId: string, membershipId: string) {
  const [membership, policy] = await Promise.all([
    retrieveInOrganization(scope, "organization_membership", "Membership", organizationId, membershipId, ["id", "spending_limit"]),
    approvalPolicyOf(scope, organizationId),
  ])
  const period = spendingPeriodOf(policy)
  const { since, spent } = await scope.resolve<ApprovalModuleService>(APPROVAL_MODULE).spendingOf(membershipId, period)
  return {
    spending: {
      membership_id: membershipId,
      period,
      since: since.toISOString(),
      limits: limitUses(currencyAmountsOf(membership.spending_limit), spent),
    },
  }
}
