// A storefront developer's job in a plain store started by scripts/plain-store.mjs, through the
// packed package's client (medusa-plugin-b2b-accounts/client, as installed in that store) and
// @medusajs/js-sdk, each step timed: account request with field errors, the merchant's approval
// and activation link, activation and login, the organization switcher, members, an invitation
// accepted after registering, a cart for the organization, the order list and detail.
//   DIR=/tmp/plainstore BASE=http://localhost:9123 node integration-tests/plain-store/storefront-client.mjs
import { createRequire } from "node:module"
import path from "node:path"

const DIR = process.env.DIR
const BASE = process.env.BASE || "http://localhost:9000"
if (!DIR) throw new Error("DIR: the plain store's directory (scripts/plain-store.mjs --dir)")
const storeRequire = createRequire(path.join(path.resolve(DIR), "package.json"))
const { B2BClient, B2BError } = storeRequire("medusa-plugin-b2b-accounts/client")
const Medusa = storeRequire("@medusajs/js-sdk").default

const log = []
const step = async (name, fn) => {
  const at = Date.now()
  const result = await fn()
  log.push(`${((Date.now() - at) / 1000).toFixed(2)} s  ${name}`)
  console.log("OK  ", name)
  return result
}
const refusal = async (call) => {
  try {
    await call
  } catch (error) {
    if (error instanceof B2BError) return error
    throw error
  }
  throw new Error("expected a refusal")
}
const expect = (value, wanted, what) => {
  if (JSON.stringify(value) !== JSON.stringify(wanted)) throw new Error(`${what}: ${JSON.stringify(value)} ≠ ${JSON.stringify(wanted)}`)
}
const run = Date.now().toString(36)
const jwt = { type: "jwt", jwtTokenStorageMethod: "memory" }

const adminSdk = new Medusa({ baseUrl: BASE, auth: jwt })
await adminSdk.auth.login("user", "emailpass", { email: "admin@plain-store.test", password: "plain-store-admin" })
const merchant = new B2BClient(adminSdk)
const { api_keys: [key] } = await adminSdk.admin.apiKey.list({ type: "publishable", limit: 1 })
const { regions: [region] } = await adminSdk.admin.region.list({ limit: 1 })
const storefront = async (email, password) => {
  const sdk = new Medusa({ baseUrl: BASE, publishableKey: key.token, auth: jwt })
  if (email) await sdk.auth.login("customer", "emailpass", { email, password })
  return { sdk, b2b: new B2BClient(sdk) }
}

const guest = await storefront()
const company = { name: `Client BV ${run}`, vat_number: "NL000099998B57", registration_number: "34567890", country_code: "nl" }
const contact = { first_name: "Cas", last_name: "Client", email: `cas-${run}@client.test` }
await step("guest: account request with a bad VAT → B2BError naming the field", async () => {
  const error = await refusal(guest.b2b.store.accountRequests.create({ company: { ...company, vat_number: "NL123456789B01" }, contact }))
  expect([error.status, error.code, error.errors.map((e) => e.field)], [400, "invalid_data", ["company.vat_number"]], "refusal")
})
const { account_request } = await step("guest: account request", () => guest.b2b.store.accountRequests.create({ company, contact }))
const approved = await step("merchant approves (admin client)", () =>
  merchant.admin.accountRequests.approve(account_request.id, { allow_duplicate: true })
)
const link = await step("merchant makes an activation link", () => merchant.admin.accountRequests.activationLink(account_request.id, {}))
await step("contact activates", () =>
  guest.b2b.store.activations.activate({ token: new URL(link.url).searchParams.get("token"), password: "cas-password-1" })
)
const cas = await step("contact logs in with the SDK", () => storefront(contact.email, "cas-password-1"))
const organizationId = approved.organization.id
await step("organization switcher", async () => {
  const { organizations } = await cas.b2b.store.organizations.list()
  expect(organizations.map((o) => [o.id, o.membership.role]), [[organizationId, "admin"]], "organizations")
})
await step("members with permissions", async () => {
  const { memberships } = await cas.b2b.store.organizations.members.list(organizationId, { limit: 20 })
  expect(memberships[0].permissions.includes("members.manage"), true, "admin permissions")
})
const colleague = `kim-${run}@client.test`
const invited = await step("org admin invites a colleague", () => cas.b2b.store.organizations.invitations.create(organizationId, { email: colleague, role: "buyer" }))
const invitationLink = await step("merchant copies the invitation link", () =>
  merchant.admin.organizations.invitations.link(organizationId, invited.invitation.id)
)
const kim = await step("colleague registers and accepts", async () => {
  const { sdk, b2b } = await storefront()
  await sdk.auth.register("customer", "emailpass", { email: colleague, password: "kim-password-1" })
  await sdk.store.customer.create({ email: colleague, first_name: "Kim", last_name: "Client" })
  await sdk.auth.login("customer", "emailpass", { email: colleague, password: "kim-password-1" })
  const { membership } = await b2b.store.invitations.accept({ token: new URL(invitationLink.url).searchParams.get("token") })
  expect(membership.role, "buyer", "role")
  return { sdk, b2b }
})
const cart = await step("colleague creates a cart for the organization", async () => {
  const { cart } = await kim.b2b.store.carts.create(organizationId, { region_id: region.id })
  return cart
})
await step("another organization's id is refused as unknown", async () => {
  const error = await refusal(kim.b2b.store.carts.create("org_not_mine", { region_id: region.id }))
  expect([error.status, error.code], [404, "not_found"], "refusal")
})
await step("org admin reads the organization's orders", async () => {
  const { orders, count } = await cas.b2b.store.organizations.orders.list(organizationId, { limit: 10 })
  expect([orders.length, count], [0, 0], "orders")
})
console.log(`\ncart ${cart.id} is the organization's; ${log.length} steps:\n${log.join("\n")}`)
