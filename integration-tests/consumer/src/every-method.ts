// A storefront's (and a back office's) use of every client method, compiled strictly against
// the packed package with no Medusa server package installed (integration-tests/http/
// client-package.spec.ts). No `any`, no casts: the types come from the package alone.
import Medusa from "@medusajs/js-sdk"
import { B2BClient, B2BError, ERROR_CODES, isErrorCode, organizationHeader, type ErrorCode, type ResponseOf } from "medusa-plugin-b2b-accounts/client"

const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" })
const b2b = new B2BClient(sdk)
const id = "org_1"

export async function storefront(): Promise<string[]> {
  const seen: string[] = []
  const { organizations } = await b2b.store.organizations.list({ limit: 20 })
  for (const organization of organizations) seen.push(organization.name, ...organization.membership.permissions)
  const { organization } = await b2b.store.organizations.retrieve(id, { fields: "id,name" })
  await b2b.store.organizations.update(id, { name: organization.name, vat_number: "NL123456789B01" })
  const { membership } = await b2b.store.organizations.me.retrieve(id)
  await b2b.store.organizations.me.update(id, { notification_preferences: { orders: false } })
  const { memberships, count } = await b2b.store.organizations.members.list(id, { limit: 20, role: "buyer" })
  seen.push(String(count), membership.role, ...memberships.map((m) => m.customer?.email ?? ""))
  await b2b.store.organizations.members.update(id, "orgmem_1", { role: "buyer", grants: ["orders.view_all"], spending_limit: { eur: 500 } })
  const removed = await b2b.store.organizations.members.remove(id, "orgmem_1")
  const deleted: true = removed.deleted
  seen.push(String(deleted))

  const { invitations } = await b2b.store.organizations.invitations.list(id, { status: "pending" })
  const sent = await b2b.store.organizations.invitations.create(id, { email: "new@example.com", role: "requester", location_ids: ["orgloc_1"] })
  seen.push(sent.email.status, ...invitations.map((i) => i.status))
  await b2b.store.organizations.invitations.revoke(id, sent.invitation.id)
  await b2b.store.organizations.invitations.resend(id, sent.invitation.id, { headers: { "x-forwarded-for": "203.0.113.7" } })
  await b2b.store.invitations.accept({ token: "token" })

  const { locations } = await b2b.store.organizations.locations.list(id, { q: "depot" })
  const { location } = await b2b.store.organizations.locations.create(id, {
    label: "Depot",
    address_1: "Havenweg 5",
    city: "Rotterdam",
    postal_code: "3011 AB",
    country_code: "nl",
  })
  await b2b.store.organizations.locations.retrieve(id, location.id)
  await b2b.store.organizations.locations.update(id, location.id, { phone: "+31 10 123 4567" })
  await b2b.store.organizations.locations.delete(id, location.id)
  seen.push(...locations.map((l) => `${l.label}: ${l.city}`))

  const { orders } = await b2b.store.organizations.orders.list(id, { limit: 10 })
  const { order } = await b2b.store.organizations.orders.retrieve(id, orders[0]?.id ?? "order_1")
  seen.push(`${order.total ?? 0} ${order.currency_code}`, ...order.items.map((item) => `${item.quantity} × ${item.title}`))

  const { approval } = await b2b.store.carts.requestApproval("cart_1")
  seen.push(approval.status, ...approval.reasons)
  const { approvals } = await b2b.store.organizations.approvals.list(id, { status: ["pending", "approved"] })
  const detail = await b2b.store.organizations.approvals.retrieve(id, approvals[0]?.id ?? approval.id)
  seen.push(detail.approval.cart?.items.map((item) => item.title).join(", ") ?? "", String(detail.approval.cart_changed))
  await b2b.store.organizations.approvals.approve(id, approval.id, { comment: "ok" })
  await b2b.store.organizations.approvals.reject(id, approval.id, { comment: "too much" })

  const { entitlements } = await b2b.store.organizations.entitlements.list(id, { kind: "subscription" })
  const assigned = await b2b.store.organizations.entitlements.seats.assign(id, "ent_1", { membership_id: "orgmem_2" })
  await b2b.store.organizations.entitlements.seats.assign(id, "ent_2", { participant: { name: "Ann", email: "ann@example.com" } })
  await b2b.store.organizations.entitlements.seats.unassign(id, "ent_1", assigned.seat.id)
  const { publications } = await b2b.store.organizations.library(id)
  seen.push(...entitlements.map((e) => `${e.title}: ${e.used}/${e.seats ?? "∞"}`), ...publications.map((p) => p.product?.title ?? p.title))

  const request = await b2b.store.accountRequests.create({
    company: { name: "Acme", vat_number: "NL123456789B01", registration_number: "12345678", country_code: "nl" },
    contact: { first_name: "Ann", last_name: "Jansen", email: "ann@example.com" },
  })
  const activated = await b2b.store.activations.activate({ token: "token", password: "a long password" })
  seen.push(request.account_request.status, activated.email)

  const session = await b2b.store.portal.openSession({ code: "ABCD-EFGH" })
  const portal = await b2b.store.portal.retrieve({ portalToken: session.token })
  await b2b.store.portal.orders({ limit: 5 }, { portalToken: session.token })
  await b2b.store.portal.assets(undefined, { portalToken: session.token })
  seen.push(portal.portal.level, session.scope.organization_id)

  // Medusa's own cart routes: the organization a new cart is for goes in a header.
  const { cart } = await sdk.store.cart.create({ region_id: "reg_1" }, {}, organizationHeader(id))
  seen.push(cart.id)
  return seen
}

export async function backOffice(): Promise<number> {
  const a = b2b.admin
  const { organizations } = await a.organizations.list({ q: "acme", status: "active" })
  const created = await a.organizations.create({ name: "Acme", country_code: "nl", admin: { email: "ann@example.com", send_activation: true } })
  await a.organizations.duplicates({ vat_number: "NL123456789B01" })
  await a.organizations.retrieve(created.organization.id)
  await a.organizations.update(id, { status: "suspended" })
  await a.organizations.delete(id)
  await a.organizations.members.list(id, { status: "active" })
  await a.organizations.members.add(id, { customer_id: "cus_1", role: "admin" })
  await a.organizations.members.batch(id, { members: [{ email: "bob@example.com", role: "buyer" }] })
  await a.organizations.members.update(id, "orgmem_1", { status: "deactivated" })
  await a.organizations.members.remove(id, "orgmem_1")
  await a.organizations.members.sendActivation(id, "orgmem_1")
  const link = await a.organizations.members.activationLink(id, "orgmem_1")
  await a.customers.memberships("cus_1")
  await a.organizations.invitations.list(id)
  await a.organizations.invitations.create(id, { email: "new@example.com", role: "buyer" })
  await a.organizations.invitations.revoke(id, "orginv_1")
  await a.organizations.invitations.resend(id, "orginv_1")
  await a.organizations.invitations.link(id, "orginv_1")
  await a.organizations.locations.list(id)
  await a.organizations.locations.create(id, { label: "HQ", address_1: "Main 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" })
  await a.organizations.locations.retrieve(id, "orgloc_1")
  await a.organizations.locations.update(id, "orgloc_1", { label: "Head office" })
  await a.organizations.locations.delete(id, "orgloc_1")
  await a.organizations.orders.list(id)
  await a.organizations.orders.retrieve(id, "order_1")
  const policy = await a.organizations.approvalPolicy.retrieve(id)
  await a.organizations.approvalPolicy.set(id, { threshold: { eur: 1000 }, period: "month" })
  await a.approvals.list({ organization_id: id })
  await a.approvals.retrieve("apprq_1")
  await a.approvals.approve("apprq_1", { comment: "fine" })
  await a.approvals.reject("apprq_1", {})
  await a.organizations.entitlements.list(id)
  await a.organizations.entitlements.create(id, { kind: "training", title: "Safety", seats: 10 })
  await a.organizations.entitlements.update(id, "ent_1", { seats: "unlimited" })
  await a.organizations.entitlements.delete(id, "ent_1")
  await a.organizations.accessCodes.list(id)
  const code = await a.organizations.accessCodes.create(id, { requires_installation_token: false })
  await a.organizations.accessCodes.update(id, code.access_code.id, { regenerate: true })
  await a.organizations.assets.list(id)
  await a.organizations.assets.create(id, { location_id: "orgloc_1", name: "Boiler" })
  await a.organizations.assets.renewToken(id, "asset_1")
  await a.accountRequests.list({ status: "pending" })
  await a.accountRequests.retrieve("accreq_1")
  await a.accountRequests.approve("accreq_1", { allow_duplicate: false })
  await a.accountRequests.reject("accreq_1", { reason: "Unknown company" })
  await a.accountRequests.activationLink("accreq_1", {})
  await a.accessGroups.list()
  const group = await a.accessGroups.create({ name: "Wholesale", registration_mode: "approval" })
  await a.accessGroups.retrieve(group.access_group.id)
  await a.accessGroups.update(group.access_group.id, { registration_mode: "open" })
  await a.accessGroups.delete(group.access_group.id)
  await a.accessGroups.salesChannels.list("agrp_1")
  await a.accessGroups.salesChannels.change("agrp_1", { add: ["sc_1"] })
  await a.accessGroups.organizations.list("agrp_1")
  await a.accessGroups.organizations.change("agrp_1", { remove: [id] })
  await a.accessGroups.customers.list("agrp_1")
  await a.accessGroups.customers.change("agrp_1", { add: ["cus_1"] })
  await a.salesChannels.b2bSettings.retrieve("sc_1")
  await a.salesChannels.b2bSettings.update("sc_1", { organization_carts: true })
  const status = await a.status()
  return organizations.length + (policy.approval_policy ? 1 : 0) + link.url.length + (status.email_delivery.configured ? 1 : 0)
}

/** What a storefront does with a refusal: the code is one of the documented ones, typed. */
export function explain(error: unknown): string {
  if (!(error instanceof B2BError)) return "unexpected"
  const code: ErrorCode | "server_error" = error.code
  if (code === "last_admin") return "An organization keeps at least one admin"
  if (error.code === "invalid_data") return error.errors.map((e) => `${e.field}: ${e.message}`).join("\n")
  if (error.retryAfterSeconds !== null) return `Try again in ${error.retryAfterSeconds} s`
  // @ts-expect-error: not a documented code
  if (error.code === "no_such_code") return "never"
  return isErrorCode(code) && ERROR_CODES.length ? error.message : "server"
}

/** Were any type `any`, these lines would have no error, and the fixture would not compile. */
export async function typesAreReal(): Promise<void> {
  const page = await b2b.store.organizations.members.list(id)
  // @ts-expect-error: the list answers under `memberships`
  page.members.length
  // @ts-expect-error: a role the plugin does not have
  await b2b.store.organizations.members.update(id, "orgmem_1", { role: "owner" })
  // @ts-expect-error: a query parameter the route does not take
  await b2b.store.organizations.members.list(id, { sort: "name" })
  // @ts-expect-error: the organization's id is required
  await b2b.store.organizations.members.list()
  const { approval } = await b2b.store.carts.requestApproval("cart_1")
  // @ts-expect-error: a status an approval never has
  if (approval.status === "done") return
}

/** Answer types are importable by operation name. */
export type MemberPage = ResponseOf<"store.organizations.members.list">
export const firstEmail = (page: MemberPage): string | null => page.memberships[0]?.customer?.email ?? null
