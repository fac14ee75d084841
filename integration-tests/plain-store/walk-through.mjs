// The merchant's and the storefront's job in a plain store started by scripts/plain-store.mjs, over
// HTTP as the dashboard and a storefront would, each step timed: shop setup, a B2B channel,
// account request → approval → copied activation link → invitation → order that needs the
// merchant's approval → the organization's order list and detail. Meant for a fresh store (each
// plain-store.mjs run makes a new database); DUP=1 approves over a duplicate of an earlier run.
//   BASE=http://localhost:9000 node integration-tests/plain-store/walk-through.mjs
const BASE = process.env.BASE || "http://localhost:9000"
const log = []
let t0 = Date.now()
const step = async (name, fn) => {
  const at = Date.now()
  try {
    const r = await fn()
    log.push(`${((Date.now() - at) / 1000).toFixed(2)} s  ${name}`)
    console.log("OK  ", name, r === undefined ? "" : JSON.stringify(r).slice(0, 300))
    return r
  } catch (e) {
    console.log("FAIL", name, e.message)
    throw e
  }
}
async function call(method, path, opts = {}, attempt = 0) {
  try {
    return await callOnce(method, path, opts)
  } catch (e) {
    if (attempt < 2 && String(e.cause?.code).startsWith("ECONNRESET")) return call(method, path, opts, attempt + 1)
    throw e
  }
}
async function callOnce(method, path, { body, token, key, headers = {} } = {}) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { "x-publishable-api-key": key } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let data
  try { data = JSON.parse(text) } catch { data = text }
  return { status: res.status, data }
}
const ok = async (...args) => {
  const r = await call(...args)
  if (r.status >= 300) throw new Error(`${args[0]} ${args[1]} → ${r.status} ${JSON.stringify(r.data)}`)
  return r.data
}
const tokenOf = (url) => new URL(url).searchParams.get("token")

const admin = (await ok("POST", "/auth/user/emailpass", { body: { email: "admin@plain-store.test", password: "plain-store-admin" } })).token
const A = (m, p, body) => ok(m, p, { body, token: admin })

const status = await step("merchant reads e-mail status", () => A("GET", "/admin/b2b/status"))

// The shop, as a merchant sets it up in Medusa's dashboard (not the plugin's job).
const shop = await step("shop setup (region, tax, warehouse, shipping, product, key)", async () => {
  const { sales_channels: [channel] } = await A("GET", "/admin/sales-channels")
  const region = (await A("GET", "/admin/regions")).regions[0] ?? (await A("POST", "/admin/regions", { name: "Benelux", currency_code: "eur", countries: ["nl", "be"], payment_providers: ["pp_system_default"] })).region
  for (const country_code of ["nl", "be"]) await call("POST", "/admin/tax-regions", { token: admin, body: { country_code, provider_id: "tp_system" } })
  const { stock_location } = await A("POST", "/admin/stock-locations", { name: "Warehouse", address: { address_1: "Stationsplein 1", city: "Utrecht", country_code: "nl", postal_code: "3511 ED" } })
  await A("POST", `/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [channel.id] })
  await A("POST", `/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const { stock_location: withSet } = await A("POST", `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`, { name: `Shipping ${Date.now()}`, type: "shipping" })
  const set = withSet.fulfillment_sets[0]
  const { fulfillment_set } = await A("POST", `/admin/fulfillment-sets/${set.id}/service-zones?fields=*service_zones`, { name: `Benelux ${Date.now()}`, geo_zones: [{ type: "country", country_code: "nl" }, { type: "country", country_code: "be" }] })
  const zone = fulfillment_set.service_zones[0]
  let { shipping_profiles: [profile] } = await A("GET", "/admin/shipping-profiles?type=default")
  if (!profile) profile = (await A("POST", "/admin/shipping-profiles", { name: "Default", type: "default" })).shipping_profile
  const { shipping_option } = await A("POST", "/admin/shipping-options", {
    name: "Standard", service_zone_id: zone.id, shipping_profile_id: profile.id, provider_id: "manual_manual", price_type: "flat",
    type: { label: "Standard", description: "2-3 days", code: "standard" }, prices: [{ currency_code: "eur", amount: 10 }], rules: [],
  })
  const { product } = await A("POST", "/admin/products", {
    title: `Payroll handbook ${Date.now()}`, status: "published", shipping_profile_id: profile.id, options: [{ title: "Edition", values: ["2027"] }],
    variants: [{ title: "2027", options: { Edition: "2027" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 300 }] }],
    sales_channels: [{ id: channel.id }],
  })
  const { api_key } = await A("POST", "/admin/api-keys", { title: "B2B storefront", type: "publishable" })
  await A("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [channel.id] })
  return { channel: channel.id, region: region.id, option: shipping_option.id, variant: product.variants[0].id, key: api_key.token }
})
const key = shop.key

await step("merchant makes the channel B2B (access group with the channel)", async () => {
  const { access_group } = await A("POST", "/admin/access-groups", { name: `B2B ${Date.now()}` })
  await A("POST", `/admin/access-groups/${access_group.id}/sales-channels`, { add: [shop.channel] })
  return access_group.id
})

await step("merchant marks the channel for organization carts (members' carts are their organization's)", async () => {
  const before = await A("GET", `/admin/sales-channels/${shop.channel}/b2b-settings`)
  if (before.b2b_settings.organization_carts !== false) throw new Error("a fresh channel must default to personal carts")
  const { b2b_settings } = await A("POST", `/admin/sales-channels/${shop.channel}/b2b-settings`, { organization_carts: true })
  if (!b2b_settings.organization_carts) throw new Error(JSON.stringify(b2b_settings))
  return b2b_settings
})

const run = Date.now().toString(36)
const company = { name: `Bakkerij Jansen ${run}`, vat_number: "NL000099998B57", registration_number: "34567890", country_code: "nl", address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" } }
const badRequest = await step("storefront: request with a bad VAT → 400", async () => {
  const r = await call("POST", "/store/account-requests", { key, body: { company: { ...company, vat_number: "NL123456789B01" }, contact: { first_name: "Pia", last_name: "Jansen", email: `pia-${run}@jansen.test` } } })
  if (r.status !== 400) throw new Error(String(r.status))
  return r.data
})
const request = await step("storefront: account request", () => ok("POST", "/store/account-requests", { key, body: { company, contact: { first_name: "Pia", last_name: "Jansen", email: `pia-${run}@jansen.test` } } }))
await step("merchant sees it in the dashboard bell (feed notification)", async () => {
  await new Promise((r) => setTimeout(r, 500))
  const r = await A("GET", "/admin/notifications?channel=feed")
  return r.notifications?.map((n) => n.data?.title)
})
const requestId = request.account_request.id
const approved = await step("merchant approves", () => A("POST", `/admin/account-requests/${requestId}/approve`, process.env.DUP ? { allow_duplicate: true } : {}))
const orgId = approved.organization?.id ?? (await A("GET", `/admin/account-requests/${requestId}`)).account_request.organization_id
await step("organization has the request's address as a location", async () => {
  const { locations } = await A("GET", `/admin/organizations/${orgId}/locations`)
  return locations.map((l) => [l.label ?? l.name, l.address_1])
})
const { memberships: [pia] } = await A("GET", `/admin/organizations/${orgId}/members`)
const activationLink = await step("merchant copies an activation link (e-mail failed)", () => A("POST", `/admin/organizations/${orgId}/members/${pia.id}/activation-link`, {}))
await step("contact activates with a password", () => ok("POST", "/store/activations", { key, body: { token: tokenOf(activationLink.url), password: "pia-password-1" } }))
const piaToken = (await ok("POST", "/auth/customer/emailpass", { body: { email: `pia-${run}@jansen.test`, password: "pia-password-1" } })).token
await step("customer is registered (has_account)", async () => (await A("GET", `/admin/customers/${pia.customer_id ?? pia.customer?.id}`)).customer.has_account)
const P = (m, p, body) => ok(m, p, { body, token: piaToken, key })

const invite = await step("org admin invites a colleague (e-mail fails)", () => P("POST", `/store/organizations/${orgId}/invitations`, { email: `kees-${run}@jansen.test`, role: "buyer" }))
const link = await step("merchant copies the invitation link", () => A("POST", `/admin/organizations/${orgId}/invitations/${invite.invitation.id}/link`, {}))
await ok("POST", "/auth/customer/emailpass/register", { body: { email: `kees-${run}@jansen.test`, password: "kees-password-1" } }).then(async ({ token }) => {
  await ok("POST", "/store/customers", { token, key, body: { email: `kees-${run}@jansen.test`, first_name: "Kees", last_name: "Jansen" } })
})
const keesToken = (await ok("POST", "/auth/customer/emailpass", { body: { email: `kees-${run}@jansen.test`, password: "kees-password-1" } })).token
await step("colleague accepts", () => ok("POST", "/store/invitations/accept", { token: keesToken, key, body: { token: tokenOf(link.url) } }))
// Issue 25's rules as a merchant meets them.
await step("merchant adds a member by e-mail → pending until the address's link", async () => {
  await A("POST", "/admin/customers", { email: `Lisa-${run}@Jansen.test`, first_name: "Lisa" })
  const { membership } = await A("POST", `/admin/organizations/${orgId}/members`, { email: `lisa-${run}@jansen.test`, role: "buyer" })
  if (membership.status !== "pending") throw new Error(`status ${membership.status}`)
  const link = await A("POST", `/admin/organizations/${orgId}/members/${membership.id}/activation-link`, {})
  await ok("POST", "/store/activations", { key, body: { token: tokenOf(link.url), password: "lisa-password-1" } })
  const members = await A("GET", `/admin/organizations/${orgId}/members?limit=50`)
  return members.memberships.find((m) => m.id === membership.id).status
})
await step("a form post to the admin API (another site's page) → 415", async () => {
  const res = await fetch(BASE + "/admin/organizations", {
    method: "POST",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/x-www-form-urlencoded" },
    body: "name=Evil",
  })
  if (res.status !== 415) throw new Error(String(res.status))
  return (await res.json()).code
})
await step("a squatted e-mail: POST /store/customers with another address than the login's → 400", async () => {
  const { token } = await ok("POST", "/auth/customer/emailpass/register", { body: { email: `squatter-${run}@evil.test`, password: "squatter-pass-1" } })
  const r = await call("POST", "/store/customers", { token, key, body: { email: `lisa-${run}@jansen.test` } })
  if (r.status !== 400) throw new Error(String(r.status))
  return r.data.code
})
await step("merchant sets a 100 EUR approval threshold", () => A("POST", `/admin/organizations/${orgId}/approval-policy`, { threshold: { eur: 100 } }))

const { locations: [loc] } = await P("GET", `/store/organizations/${orgId}/locations`)
const address = { first_name: "Kees", last_name: "Jansen", address_1: loc.address_1, city: loc.city, postal_code: loc.postal_code, country_code: loc.country_code }
async function readyCart(token) {
  const { cart } = await ok("POST", "/store/carts", { token, key, body: { region_id: shop.region } })
  await ok("POST", `/store/carts/${cart.id}/line-items`, { token, key, body: { variant_id: shop.variant, quantity: 1 } })
  await ok("POST", `/store/carts/${cart.id}`, { token, key, body: { shipping_address: address } })
  await ok("POST", `/store/carts/${cart.id}/shipping-methods`, { token, key, body: { option_id: shop.option } })
  const { payment_collection } = await ok("POST", "/store/payment-collections", { token, key, body: { cart_id: cart.id } })
  await ok("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { token, key, body: { provider_id: "pp_system_default" } })
  return cart.id
}
const cartId = await step("invited colleague builds a cart on the B2B channel (no merchant step)", () => readyCart(keesToken))
await step("completion above the threshold → approval_required", async () => {
  const r = await call("POST", `/store/carts/${cartId}/complete`, { token: keesToken, key })
  return [r.status, r.data.code ?? r.data.type, r.data.message]
})
const approval = await step("colleague requests approval", () => ok("POST", `/store/carts/${cartId}/approval`, { token: keesToken, key, body: {} }))
const approvalId = approval.approval?.id
await step("merchant approves in the admin", () => A("POST", `/admin/approvals/${approvalId}/approve`, { comment: "ok" }))
await step("second decision → 409", async () => {
  const r = await call("POST", `/admin/approvals/${approvalId}/reject`, { token: admin, body: {} })
  return [r.status, r.data.code]
})
const order = await step("colleague completes → order", async () => {
  const r = await ok("POST", `/store/carts/${cartId}/complete`, { token: keesToken, key })
  return r.order.id
})
await new Promise((r) => setTimeout(r, 1500))
await step("org admin lists orders (statuses, member)", async () => {
  const { orders } = await P("GET", `/store/organizations/${orgId}/orders`)
  return orders.map((o) => [o.id === order, o.payment_status, o.fulfillment_status, o.member?.email])
})
await step("org admin opens the colleague's order", async () => {
  const r = await P("GET", `/store/organizations/${orgId}/orders/${order}`)
  return [r.order.id === order, r.order.items?.length, r.order.approval?.status]
})
console.log("\n" + log.join("\n"))
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s; e-mail status:`, JSON.stringify(status), "bad VAT:", badRequest.message)
