import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { APPROVAL_MODULE } from "../modules/approval"
import type ApprovalModuleService from "../modules/approval/service"
import { ORGANIZATION_MODULE } from "../modules/organization"
import type OrganizationModuleService from "../modules/organization/service"
import { ADDRESS_KEY_FIELDS, addressKey } from "./addresses"
import type { Permission } from "./permissions"

/** The parts of a cart an approval covers. */
export type FingerprintedCart = {
  id: string
  currency_code: string
  total: number
  fingerprint: string
}

const round = (amount: unknown) => Math.round(Number(amount ?? 0) * 10000) / 10000

/**
 * A cart's fingerprint: SHA-256 over its line items (variant, quantity, unit price), the
 * shipping address, the shipping methods, the currency and the total, in a canonical order.
 * Any change to what would be ordered changes it.
 */
export async function fingerprintCart(container: MedusaContainer, cartId: string): Promise<FingerprintedCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      ...ADDRESS_KEY_FIELDS.map((field) => `shipping_address.${field}`),
      "shipping_methods.shipping_option_id",
      "shipping_methods.amount",
    ],
    filters: { id: cartId },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  const canonical = {
    currency: cart.currency_code,
    total: round(cart.total),
    items: (cart.items ?? [])
      .map((item: any) => [item.variant_id, Number(item.quantity), round(item.unit_price)])
      .sort((a: any[], b: any[]) => String(a[0]).localeCompare(String(b[0])) || a[1] - b[1]),
    address: cart.shipping_address ? addressKey(cart.shipping_address as any) : null,
    shipping: (cart.shipping_methods ?? [])
      .map((method: any) => [method.shipping_option_id, round(method.amount)])
      .sort((a: any[], b: any[]) => String(a[0]).localeCompare(String(b[0]))),
  }
  return {
    id: cart.id,
    currency_code: cart.currency_code as string,
    total: round(cart.total),
    fingerprint: createHash("sha256").update(JSON.stringify(canonical)).digest("hex"),
  }
}

type Member = { id: string; organization_id: string; permissions: Permission[] }

/**
 * Why this cart needs an approval before this member may order it (empty: it does not):
 * the member may only request orders; the total is above the organization's threshold; or
 * above the member's spending limit, per order or added to what they spent this period.
 */
export async function approvalReasons(container: MedusaContainer, member: Member, cart: FingerprintedCart) {
  const reasons: string[] = []
  if (!member.permissions.includes("orders.place")) {
    reasons.push("you may request orders, not place them")
  }
  const organizations: OrganizationModuleService = container.resolve(ORGANIZATION_MODULE)
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [policy] = await approvals.listApprovalPolicies({ organization_id: member.organization_id })
  const sameCurrency = (code?: string | null) => (code ?? "").toLowerCase() === cart.currency_code.toLowerCase()
  if (policy?.threshold != null && sameCurrency(policy.currency_code) && cart.total > Number(policy.threshold)) {
    reasons.push(`the total is above the organization's approval threshold of ${Number(policy.threshold)} ${cart.currency_code}`)
  }
  const [membership] = await organizations.listOrganizationMemberships({ id: member.id }, { select: ["id", "spending_limit"] })
  const limit = membership?.spending_limit == null ? null : Number(membership.spending_limit)
  if (limit != null) {
    const period = policy?.period ?? "month"
    const spent = await organizations.sumMemberSpending(member.id, cart.currency_code, period)
    if (cart.total > limit) {
      reasons.push(`the total is above your spending limit of ${limit} ${cart.currency_code}`)
    } else if (spent + cart.total > limit) {
      reasons.push(
        `with ${spent} ${cart.currency_code} already spent this ${period}, the total is above your spending limit of ${limit} ${cart.currency_code}`
      )
    }
  }
  return reasons
}

/**
 * The checkout rule: a cart that needs approval completes only with an approved request
 * whose fingerprint is the cart's current one. Errors say why.
 */
export async function assertApprovedIfNeeded(container: MedusaContainer, member: Member, cartId: string) {
  const cart = await fingerprintCart(container, cartId)
  const reasons = await approvalReasons(container, member, cart)
  if (!reasons.length) return null
  const approvals: ApprovalModuleService = container.resolve(APPROVAL_MODULE)
  const [latest] = await approvals.listApprovalRequests(
    { cart_id: cartId, status: ["approved", "pending", "rejected"] },
    { order: { created_at: "DESC" }, take: 1 }
  )
  const need = `This order needs approval: ${reasons.join("; ")}`
  if (!latest) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${need}. Ask for approval first`)
  if (latest.status === "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${need}. The approval is still pending`)
  if (latest.status === "rejected") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${need}. The approval was rejected`)
  if (latest.fingerprint !== cart.fingerprint) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart changed since approval; ask for approval again")
  }
  return latest
}
