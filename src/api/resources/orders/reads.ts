import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { APPROVAL_MODULE } from "../../../modules/approval"
import type ApprovalModuleService from "../../../modules/approval/service"
import { ORGANIZATION_MODULE } from "../../../modules/organization"
import type OrganizationModuleService from "../../../modules/organization/service"
import { deciderOf } from "../approvals/reads"
import { listInOrganization, listQueryOf } from "../../utils/graph"
import type { OrganizationContext } from "../../utils/organization-guard"

/**
 * What a reader sees of an organization's orders: which records (`filter`, on top of the
 * organization), and whether a merchant decider is named (only to the merchant).
 */
export type OrderVisibility = {
  organizationId: string
  filter: Record<string, unknown>
  showMerchantUser: boolean
}

/**
 * The orders a member sees (seed 000): all of them with orders.view_all; else their own and
 * those of their delivery locations. The merchant's routes pass `filter: {}`.
 */
export async function memberOrderFilter(scope: MedusaContainer, { membership, permissions }: OrganizationContext) {
  if (permissions.includes("orders.view_all")) return {}
  const service: OrganizationModuleService = scope.resolve(ORGANIZATION_MODULE)
  const locationIds = await service.listMembershipLocationIds(membership.id)
  const own = { membership_id: membership.id }
  return locationIds.length ? { $or: [own, { location_id: locationIds }] } : own
}

/** The organization's record of an order: what the list pages over, in its own table. */
type OrderRecord = {
  order_id: string
  status: string
  total: unknown
  currency_code: string
  created_at: Date | string
  location_id: string | null
  membership_id: string | null
}
const RECORD_FIELDS = ["id", "order_id", "status", "total", "currency_code", "created_at", "location_id", "membership_id"]

// What an entry shows of Medusa's order; the statuses are computed by Medusa's own order list.
const ENTRY_FIELDS = ["id", "display_id", "status", "total", "subtotal", "currency_code", "created_at"]
const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]
const DETAIL_FIELDS = [
  ...ENTRY_FIELDS,
  "email",
  "item_total",
  "item_subtotal",
  "shipping_total",
  "shipping_subtotal",
  "tax_total",
  "discount_total",
  "original_total",
  ...["id", "title", "subtitle", "variant_title", "variant_sku", "thumbnail", "quantity", "unit_price", "subtotal", "total", "product_id", "variant_id"].map(
    (f) => `items.${f}`
  ),
  ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
  ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
  ...["id", "name", "amount", "total", "shipping_option_id"].map((f) => `shipping_methods.${f}`),
]

const money = (amount: unknown) => (amount == null ? null : Number(amount))

/**
 * Medusa's orders of these records in one call, with payment and fulfillment status as
 * Medusa's own order routes compute them (getOrdersListWorkflow); payment collections and
 * fulfillments stay out of the answer.
 */
async function medusaOrders(scope: MedusaContainer, orderIds: string[], fields: string[]) {
  if (!orderIds.length) return new Map<string, any>()
  const { result } = await getOrdersListWorkflow(scope).run({
    input: { fields, variables: { filters: { id: orderIds }, skip: 0, take: orderIds.length } },
  })
  const rows = ((result as any).rows ?? result) as any[]
  return new Map(rows.map((order) => [order.id as string, order]))
}

/** Locations and placing members of the records, also ones deleted since (the history keeps them). */
async function recordContext(scope: MedusaContainer, records: OrderRecord[]) {
  const service: OrganizationModuleService = scope.resolve(ORGANIZATION_MODULE)
  const approvals: ApprovalModuleService = scope.resolve(APPROVAL_MODULE)
  const ids = (key: "location_id" | "membership_id") => [...new Set(records.map((r) => r[key]).filter(Boolean))] as string[]
  const none = Promise.resolve([])
  const [locations, memberships, approved] = await Promise.all([
    ids("location_id").length
      ? service.listOrganizationLocations({ id: ids("location_id") }, { select: ["id", "label"], withDeleted: true })
      : none,
    ids("membership_id").length
      ? service.listOrganizationMemberships({ id: ids("membership_id") }, { select: ["id", "customer_id"], withDeleted: true })
      : none,
    approvals.listApprovalRequests({ order_id: records.map((r) => r.order_id) }, { select: ["id", "order_id"] }),
  ])
  const customerIds = [...new Set(memberships.map((m) => m.customer_id))]
  const customers = customerIds.length
    ? await scope.resolve(Modules.CUSTOMER).listCustomers({ id: customerIds }, { select: ["id", "email", "first_name", "last_name"] })
    : []
  return {
    location: (id: string | null) => {
      const location = locations.find((l) => l.id === id)
      return location ? { id: location.id, name: location.label, label: location.label } : null
    },
    member: (id: string | null) => {
      const membership = memberships.find((m) => m.id === id)
      if (!membership) return null
      const customer = customers.find((c) => c.id === membership.customer_id)
      return {
        membership_id: membership.id,
        customer_id: membership.customer_id,
        email: customer?.email ?? null,
        first_name: customer?.first_name ?? null,
        last_name: customer?.last_name ?? null,
      }
    },
    approvalId: (orderId: string) => approved.find((a) => a.order_id === orderId)?.id ?? null,
  }
}

type Context = Awaited<ReturnType<typeof recordContext>>

/** An order entry: Medusa's order, with the organization's location and placing member beside it. */
function orderEntry(record: OrderRecord, order: any | undefined, context: Context) {
  const location = context.location(record.location_id)
  const member = context.member(record.membership_id)
  return {
    id: record.order_id,
    // Also under the names the entries had before they were order-shaped.
    order_id: record.order_id,
    membership_id: member?.membership_id ?? record.membership_id,
    display_id: order?.display_id ?? null,
    status: order?.status ?? record.status,
    payment_status: order?.payment_status ?? null,
    fulfillment_status: order?.fulfillment_status ?? null,
    total: money(order?.total ?? record.total),
    subtotal: money(order?.subtotal),
    currency_code: order?.currency_code ?? record.currency_code,
    created_at: order?.created_at ?? record.created_at,
    location,
    member,
    approval_id: context.approvalId(record.order_id),
  }
}

const address = (value: any) => (value ? Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, value[f] ?? null])) : null)

/** The whole order, for the detail routes: lines, addresses, shipping, totals and its approval. */
async function orderDetail(req: AuthenticatedMedusaRequest, record: OrderRecord, showMerchantUser: boolean) {
  const [orders, context] = await Promise.all([
    medusaOrders(req.scope, [record.order_id], DETAIL_FIELDS),
    recordContext(req.scope, [record]),
  ])
  const order = orders.get(record.order_id)
  const approvalId = context.approvalId(record.order_id)
  const [approval] = approvalId
    ? await req.scope
        .resolve<ApprovalModuleService>(APPROVAL_MODULE)
        .listApprovalRequests({ id: approvalId }, { select: ["id", "status", "decided_by", "decided_by_type", "decided_at", "comment"] })
    : []
  return {
    ...orderEntry(record, order, context),
    email: order?.email ?? null,
    item_total: money(order?.item_total),
    item_subtotal: money(order?.item_subtotal),
    shipping_total: money(order?.shipping_total),
    shipping_subtotal: money(order?.shipping_subtotal),
    tax_total: money(order?.tax_total),
    discount_total: money(order?.discount_total),
    original_total: money(order?.original_total),
    items: (order?.items ?? []).filter(Boolean).map((item: any) => ({
      id: item.id,
      title: item.title,
      subtitle: item.subtitle ?? null,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      thumbnail: item.thumbnail ?? null,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      quantity: Number(item.quantity),
      unit_price: money(item.unit_price),
      subtotal: money(item.subtotal),
      total: money(item.total),
    })),
    shipping_address: address(order?.shipping_address),
    billing_address: address(order?.billing_address),
    shipping_methods: (order?.shipping_methods ?? []).filter(Boolean).map((method: any) => ({
      id: method.id,
      name: method.name,
      shipping_option_id: method.shipping_option_id ?? null,
      amount: money(method.amount),
      total: money(method.total),
    })),
    approval: approval
      ? {
          id: approval.id,
          status: approval.status,
          decided_by: approval.decided_by,
          decided_by_type: approval.decided_by_type,
          decided_at: approval.decided_at,
          comment: approval.comment,
          decider: await deciderOf(req.scope, approval, { showMerchantUser }),
        }
      : null,
  }
}

// Reads of an organization's orders, shared by the admin's and the store's order routes.

/**
 * `GET …/organizations/:id/orders`: newest first, filtered and paged in the database, then
 * the page's orders in one call.
 */
export async function listOrganizationOrders(req: AuthenticatedMedusaRequest, { organizationId, filter }: OrderVisibility) {
  const query = listQueryOf(req)
  const { data, ...page } = await listInOrganization(req.scope, "organization_order", organizationId, {
    ...query,
    fields: RECORD_FIELDS,
    filters: { ...query.filters, ...filter },
    defaultOrder: { created_at: "DESC" },
  })
  const records = data as unknown as OrderRecord[]
  const [orders, context] = await Promise.all([
    medusaOrders(req.scope, records.map((r) => r.order_id), ENTRY_FIELDS),
    recordContext(req.scope, records),
  ])
  return { orders: records.map((record) => orderEntry(record, orders.get(record.order_id), context)), ...page }
}

/**
 * `GET …/organizations/:id/orders/:order_id`: the same visibility; another organization's
 * order, or one the member may not see, answers 404.
 */
export async function retrieveOrganizationOrder(
  req: AuthenticatedMedusaRequest,
  { organizationId, filter, showMerchantUser }: OrderVisibility
) {
  const {
    data: [record],
  } = await listInOrganization(req.scope, "organization_order", organizationId, {
    fields: RECORD_FIELDS,
    filters: { ...filter, order_id: req.params.order_id },
    pagination: { skip: 0, take: 1 },
  })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.order_id} was not found`)
  }
  return { order: await orderDetail(req, record as unknown as OrderRecord, showMerchantUser) }
}
