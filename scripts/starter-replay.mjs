// Replays the calls of Medusa's Next.js starter (src/lib/data/cart.ts and customer.ts, through
// @medusajs/js-sdk) against a running store, for each login and each publishable key, and prints
// what each shopper gets: an order, or the step and the message the starter would show.
//   node scripts/starter-replay.mjs                     the demo (reads .demo/summary.json, :9000)
//   BASE=… KEYS=b2b:pk_…,b2c:pk_… LOGINS=a@x:pw,… node scripts/starter-replay.mjs
import Medusa from "@medusajs/js-sdk"
import fs from "node:fs"

const summaryFile = new URL("../.demo/summary.json", import.meta.url)
const demo = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, "utf8")) : null
const base = process.env.BASE || "http://localhost:9000"
const keys = process.env.KEYS
  ? Object.fromEntries(process.env.KEYS.split(",").map((pair) => pair.split(":")))
  : demo.publishable_keys
const logins = process.env.LOGINS
  ? process.env.LOGINS.split(",").map((pair) => ({ email: pair.split(":")[0], password: pair.split(":")[1] }))
  : demo.customers.map((c) => ({ email: c.email, password: c.password, memberships: c.memberships }))
/** Where each shopper ships: a delivery location of theirs when they have one, else a home address. */
const HOME = { address_1: "Kerkstraat 12", city: "Gouda", postal_code: "2801 AB", country_code: "nl" }
const locationOf = (email, memberships = []) => {
  // Assigned to the member, else (an admin may use every location) the first of their organization.
  const line =
    (demo?.locations ?? []).find((l) => l.includes(email)) ??
    (demo?.locations ?? []).find((l) => memberships.some((m) => m.startsWith("admin of ") && l.includes(`(${m.slice(9)})`)))
  if (!line) return null
  return {
    "Utrecht office": { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" },
    "Amersfoort branch": { address_1: "Stationsstraat 10", city: "Amersfoort", postal_code: "3811 MH", country_code: "nl" },
    "Brussels office": { address_1: "Wetstraat 16", city: "Brussel", postal_code: "1000", country_code: "be" },
  }[line.split(" (")[0]]
}

async function visit(key, shopper, { loginAfterCart }) {
  const sdk = new Medusa({ baseUrl: base, publishableKey: key, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  let headers = {}
  let cartId
  let stage = "regions"
  const login = async () => {
    stage = "login"
    const token = await sdk.auth.login("customer", "emailpass", { email: shopper.email, password: shopper.password })
    headers = { authorization: `Bearer ${token}` }
    if (cartId) await sdk.store.cart.transferCart(cartId, {}, headers)
  }
  try {
    const { regions } = await sdk.store.region.list({}, headers)
    const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "nl")) ?? regions[0]
    if (shopper.password && !loginAfterCart) await login()
    stage = "products"
    const { products } = await sdk.store.product.list({ region_id: region.id, limit: 1, fields: "id,*variants" }, headers)
    stage = "add to cart"
    cartId = (await sdk.store.cart.create({ region_id: region.id }, {}, headers)).cart.id
    await sdk.store.cart.createLineItem(cartId, { variant_id: products[0].variants[0].id, quantity: 1 }, {}, headers)
    if (shopper.password && loginAfterCart) await login()
    stage = "address"
    const address = { first_name: "Sam", last_name: "Shopper", ...(shopper.address ?? HOME) }
    await sdk.store.cart.update(cartId, { shipping_address: address, billing_address: address, email: shopper.email }, {}, headers)
    stage = "delivery"
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, headers)
    await sdk.store.cart.addShippingMethod(cartId, { option_id: shipping_options[0].id }, {}, headers)
    stage = "payment"
    const { cart } = await sdk.store.cart.retrieve(cartId, {}, headers)
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" }, {}, headers)
    stage = "place order"
    const placed = await sdk.store.cart.complete(cartId, {}, headers)
    return placed.type === "order" ? `order ${placed.order.display_id}` : `${stage}: ${placed.error?.message}`
  } catch (error) {
    return `${stage}: ${error.status ?? ""} ${error.message}`.replace(/\s+/g, " ")
  }
}

const shoppers = [
  { email: `guest-${Date.now()}@home.test`, label: "guest" },
  ...logins.map((l) => ({ ...l, label: `${l.email} (${(l.memberships ?? []).join(", ") || "no organization"})` })),
]
const started = Date.now()
for (const [channel, key] of Object.entries(keys)) {
  process.stdout.write(`\n## ${channel} storefront\n`)
  for (const shopper of shoppers) {
    const own = locationOf(shopper.email, shopper.memberships)
    // On the B2B channel members ship to their location; elsewhere a member buys privately (home).
    const address = channel === "b2b" && own ? own : HOME
    for (const loginAfterCart of shopper.password ? [false, true] : [false]) {
      const outcome = await visit(key, { ...shopper, address }, { loginAfterCart })
      const how = shopper.password ? (loginAfterCart ? "guest cart, then login" : "logged in") : "guest"
      process.stdout.write(`- ${shopper.label}, ${how}: ${outcome}\n`)
    }
  }
}
process.stdout.write(`\n${((Date.now() - started) / 1000).toFixed(1)} s\n`)
