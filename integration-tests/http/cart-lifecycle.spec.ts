import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import type { AxiosResponse } from "axios"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import { waitFor } from "../helpers/wait"

jest.setTimeout(240_000)

// Issue 25, part E: the member and organization status rule on every cart route, one answer
// for "not yours" and "unknown", the cart judged by the channel it is in, and Medusa's order
// route under the organization's visibility rule.

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DEPOT: Address = { address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "nl" }
const ELSEWHERE: Address = { address_1: "Marktplein 9", city: "Gouda", postal_code: "2801 JE", country_code: "nl" }

const UNKNOWN_CART = "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ"
const UNKNOWN_COLLECTION = "pay_col_01JZZZZZZZZZZZZZZZZZZZZZZZ"
const UNKNOWN_ORDER = "order_01JZZZZZZZZZZZZZZZZZZZZZZZ"

type Storefront = Awaited<ReturnType<typeof createStorefront>>
type Call = { name: string; method: "get" | "post" | "delete"; url: string; body?: unknown }

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { ok } = client(api, () => adminHeaders)

    /** Like helpers/http `send`, but DELETE carries its body too (Medusa's promotion removal needs one). */
    const call = (c: Call, headers: Record<string, string>) =>
      c.method === "delete"
        ? api.delete(c.url, { headers, data: c.body, validateStatus: () => true })
        : send(api, c.method, c.url, { body: c.body, headers })

    /** The answer as bytes, with the ids that differ between the two requests replaced. */
    const normalized = (response: AxiosResponse, ids: string[]) => {
      let text = JSON.stringify(response.data)
      for (const id of ids) text = text.split(id).join("<id>")
      return { status: response.status, contentType: response.headers["content-type"], body: text }
    }

    /**
     * Acme with two locations: Anna (admin), Bob (buyer, depot), Rita (requester, office).
     * Olga is admin of Other; Carl is in no organization.
     */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      // A consumer storefront beside it (item 15), in no access group unless a test puts it in one.
      const consumer = await createStorefront(getContainer(), "Consumer")
      const shop = await createShop(getContainer(), [storefront.salesChannelId, consumer.salesChannelId])
      const customer = (email: string) => createCustomerSession(api, storefront.key, email)
      const [anna, bob, rita, olga, carl] = [
        await customer("anna@acme.test"),
        await customer("bob@acme.test"),
        await customer("rita@acme.test"),
        await customer("olga@other.test"),
        await customer("carl@home.test"),
      ]
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const other = (await ok("post", "/admin/organizations", { name: "Other", admin: { customer_id: olga.customer.id } }))
        .organization.id as string
      const location = async (label: string, address: Address) =>
        (await ok("post", `/admin/organizations/${acme}/locations`, { label, ...address })).location.id as string
      const office = await location("Office", OFFICE)
      const depot = await location("Depot", DEPOT)
      const member = async (session: CustomerSession, role: string, locationIds: string[]) => {
        const { membership } = await ok("post", `/admin/organizations/${acme}/members`, { customer_id: session.customer.id, role })
        await ok("post", `/admin/organizations/${acme}/members/${membership.id}`, { location_ids: locationIds })
        return membership.id as string
      }
      const memberships = { bob: await member(bob, "buyer", [depot]), rita: await member(rita, "requester", [office]) }
      return { storefront, consumer, shop, anna, bob, rita, olga, carl, acme, other, memberships }
    }

    /** A cart ready for completion, with its line and payment collection. */
    async function readyCart(session: CustomerSession, shop: Shop, address: Address) {
      const result = await checkout(api, session.headers, shop, { address, complete: false })
      if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
      const cartId = result.cartId!
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({ entity: "cart", fields: ["items.id", "payment_collection.id"], filters: { id: cartId } })
      return { cartId, lineId: (cart as any).items[0].id as string, collectionId: (cart as any).payment_collection.id as string }
    }

    /** Every store route of Medusa 2.21.2 that acts on one cart (carts/[id]/** and its payment collection). */
    const cartRoutes = (cartId: string, lineId: string, collectionId: string, shop: Shop): Call[] => [
      { name: "read", method: "get", url: `/store/carts/${cartId}` },
      { name: "update", method: "post", url: `/store/carts/${cartId}`, body: { email: "x@acme.test" } },
      { name: "add line", method: "post", url: `/store/carts/${cartId}/line-items`, body: { variant_id: shop.variantId, quantity: 5 } },
      { name: "update line", method: "post", url: `/store/carts/${cartId}/line-items/${lineId}`, body: { quantity: 7 } },
      { name: "delete line", method: "delete", url: `/store/carts/${cartId}/line-items/${lineId}` },
      { name: "shipping", method: "post", url: `/store/carts/${cartId}/shipping-methods`, body: { option_id: shop.shippingOptionId } },
      { name: "add promotion", method: "post", url: `/store/carts/${cartId}/promotions`, body: { promo_codes: ["NOPE"] } },
      { name: "remove promotion", method: "delete", url: `/store/carts/${cartId}/promotions`, body: { promo_codes: ["NOPE"] } },
      { name: "customer", method: "post", url: `/store/carts/${cartId}/customer`, body: {} },
      { name: "taxes", method: "post", url: `/store/carts/${cartId}/taxes`, body: {} },
      { name: "approval", method: "post", url: `/store/carts/${cartId}/approval`, body: {} },
      { name: "complete", method: "post", url: `/store/carts/${cartId}/complete` },
      { name: "payment collection", method: "post", url: "/store/payment-collections", body: { cart_id: cartId } },
      {
        name: "payment session",
        method: "post",
        url: `/store/payment-collections/${collectionId}/payment-sessions`,
        body: { provider_id: "pp_system_default" },
      },
    ]

    async function cartState(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["email", "completed_at", "sales_channel_id", "items.quantity", "shipping_methods.id"],
        filters: { id: cartId },
      })
      return cart as any
    }

    describe("item 13: every cart route applies the member and organization status rule", () => {
      it("a deactivated member, or a member of a suspended organization, changes nothing on its cart", async () => {
        const s = await setup()
        const { cartId, lineId, collectionId } = await readyCart(s.bob, s.shop, DEPOT)
        const before = await cartState(cartId)
        const routes = cartRoutes(cartId, lineId, collectionId, s.shop)

        await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { status: "deactivated" })
        for (const route of routes) {
          const response = await call(route, s.bob.headers)
          expect({ route: route.name, status: response.status, code: response.data.code }).toEqual({
            route: route.name,
            status: 403,
            code: "membership_deactivated",
          })
        }
        expect(await cartState(cartId)).toEqual(before)

        await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { status: "active" })
        await ok("post", `/admin/organizations/${s.acme}`, { status: "suspended" })
        for (const route of routes) {
          const response = await call(route, s.bob.headers)
          expect({ route: route.name, status: response.status, code: response.data.code }).toEqual({
            route: route.name,
            status: 403,
            code: "organization_suspended",
          })
        }
        expect(await cartState(cartId)).toEqual(before)

        // Active again: the same member's routes work as Medusa's.
        await ok("post", `/admin/organizations/${s.acme}`, { status: "active" })
        const added = await call(routes[2], s.bob.headers)
        expect(added.status).toBe(200)
        expect(added.data.cart.items.map((i: any) => i.quantity)).toEqual([6])
      })

      it("a member removed from the organization reaches its old cart as an unknown one", async () => {
        const s = await setup()
        const { cartId, lineId, collectionId } = await readyCart(s.bob, s.shop, DEPOT)
        await ok("delete", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`)
        for (const route of cartRoutes(cartId, lineId, collectionId, s.shop)) {
          const response = await call(route, s.bob.headers)
          expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 404 })
        }
        expect((await cartState(cartId)).completed_at).toBeNull()
      })
    })

    describe("item 14: another organization's cart answers exactly as an unknown cart", () => {
      it("on every cart route, for another organization's member, a colleague, a customer in none and a visitor", async () => {
        const s = await setup()
        const { cartId, lineId, collectionId } = await readyCart(s.bob, s.shop, DEPOT)
        const before = await cartState(cartId)
        const anonymous = { "x-publishable-api-key": s.storefront.key }
        const callers: [string, Record<string, string>][] = [
          ["olga", s.olga.headers],
          ["anna (the organization's admin)", s.anna.headers],
          ["carl", s.carl.headers],
          ["anonymous", anonymous],
        ]
        const real = cartRoutes(cartId, lineId, collectionId, s.shop)
        const unknown = cartRoutes(UNKNOWN_CART, lineId, UNKNOWN_COLLECTION, s.shop)
        for (const [who, headers] of callers) {
          for (const [index, route] of real.entries()) {
            const theirs = normalized(await call(route, headers), [cartId, collectionId])
            const none = normalized(await call(unknown[index], headers), [UNKNOWN_CART, UNKNOWN_COLLECTION])
            expect({ who, route: route.name, ...theirs }).toEqual({ who, route: route.name, ...none })
            // Only Medusa's login requirement of /customer answers before the cart is looked at.
            if (!(who === "anonymous" && route.name === "customer")) {
              expect({ who, route: route.name, status: theirs.status }).toEqual({ who, route: route.name, status: 404 })
            }
          }
        }
        expect(await cartState(cartId)).toEqual(before)
      })
    })

    describe("item 15: a cart is judged by the sales channel it is in", () => {
      /** A B2B storefront whose channel admits only Acme (approval group), and an open B2C storefront. */
      async function channels(s: Awaited<ReturnType<typeof setup>>) {
        const [b2b, b2c, shop] = [s.storefront, s.consumer, s.shop]
        const group = async (name: string, mode: string, channel: string) => {
          const id = (await ok("post", "/admin/access-groups", { name, registration_mode: mode })).access_group.id as string
          await ok("post", `/admin/access-groups/${id}/sales-channels`, { add: [channel] })
          return id
        }
        const b2cGroup = await group("B2C", "open", b2c.salesChannelId)
        return { b2b, b2c, shop, b2cGroup, group }
      }
      const on = (storefront: Storefront, session?: CustomerSession) => ({
        ...(session?.headers ?? {}),
        "x-publishable-api-key": storefront.key,
      })

      it("a guest cart cannot be moved into a channel that admits no guests", async () => {
        const s = await setup()
        const c = await channels(s)
        const b2bGroup = await c.group("B2B", "approval", c.b2b.salesChannelId)
        await ok("post", `/admin/access-groups/${b2bGroup}/organizations`, { add: [s.acme] })
        const guest = await checkout(api, on(c.b2c), c.shop, { address: ELSEWHERE, email: "guest@home.test", complete: false })
        expect(guest.stage).toBe("ready")
        // Through the B2B storefront's (public) key, naming its channel.
        const moved = await send(api, "post", `/store/carts/${guest.cartId}`, {
          body: { sales_channel_id: c.b2b.salesChannelId },
          headers: on(c.b2b),
        })
        expect(moved.status).toBe(403)
        expect(moved.data.code).toBe("not_admitted_on_storefront")
        expect((await cartState(guest.cartId!)).sales_channel_id).toBe(c.b2c.salesChannelId)
        // A B2C customer (in the open group only) cannot move theirs either.
        const carl = await checkout(api, on(c.b2c, s.carl), c.shop, { address: ELSEWHERE, complete: false })
        expect(carl.stage).toBe("ready")
        const movedCarl = await send(api, "post", `/store/carts/${carl.cartId}`, {
          body: { sales_channel_id: c.b2b.salesChannelId },
          headers: on(c.b2b, s.carl),
        })
        expect(movedCarl.status).toBe(403)
        expect(movedCarl.data.code).toBe("not_admitted_on_storefront")
        // On its own channel the guest's cart completes.
        const completed = await send(api, "post", `/store/carts/${guest.cartId}/complete`, { headers: on(c.b2c) })
        expect(completed.data.type).toBe("order")
        expect((await cartState(guest.cartId!)).sales_channel_id).toBe(c.b2c.salesChannelId)
      })

      it("a guest typing the e-mail of a customer the B2B channel admits does not pass as that customer", async () => {
        const s = await setup()
        const c = await channels(s)
        const b2bGroup = await c.group("B2B", "approval", c.b2b.salesChannelId)
        // Nina: a registered contact the merchant put in the B2B group, in no organization; she buys there.
        const nina = await createCustomerSession(api, c.b2b.key, "nina@contact.test")
        await ok("post", `/admin/access-groups/${b2bGroup}/customers`, { add: [nina.customer.id] })
        expect((await checkout(api, on(c.b2b, nina), c.shop, { address: ELSEWHERE })).stage).toBe("order")
        // The consumer channel restricts nobody (no group); a guest there types Nina's e-mail, and
        // Medusa gives the cart her registered customer record.
        await ok("post", `/admin/access-groups/${c.b2cGroup}/sales-channels`, { remove: [c.b2c.salesChannelId] })
        const guest = await checkout(api, on(c.b2c), c.shop, { address: ELSEWHERE, complete: false })
        expect(guest.stage).toBe("ready")
        const typed = await send(api, "post", `/store/carts/${guest.cartId}`, {
          body: { email: "nina@contact.test" },
          headers: on(c.b2c),
        })
        const moved = await send(api, "post", `/store/carts/${guest.cartId}`, {
          body: { sales_channel_id: c.b2b.salesChannelId },
          headers: on(c.b2b),
        })
        expect({ typed: typed.status, moved: moved.status, code: moved.data.code }).toEqual({
          typed: 200,
          moved: 403,
          code: "not_admitted_on_storefront",
        })
        // Whatever completion then does, it is judged in the consumer channel, where the cart still is.
        await send(api, "post", `/store/carts/${guest.cartId}/complete`, { headers: on(c.b2b) })
        expect((await cartState(guest.cartId!)).sales_channel_id).toBe(c.b2c.salesChannelId)
      })

      it("completion checks the channel the cart is in then, through whichever key", async () => {
        const s = await setup()
        const c = await channels(s)
        // Moved while the B2B channel was in no group (it admitted everybody then).
        const guest = await checkout(api, on(c.b2c), c.shop, { address: ELSEWHERE, email: "guest@home.test", complete: false })
        const moved = await send(api, "post", `/store/carts/${guest.cartId}`, {
          body: { sales_channel_id: c.b2b.salesChannelId },
          headers: on(c.b2b),
        })
        expect(moved.status).toBe(200)
        // The merchant then restricts the B2B channel to Acme.
        const b2bGroup = await c.group("B2B", "approval", c.b2b.salesChannelId)
        await ok("post", `/admin/access-groups/${b2bGroup}/organizations`, { add: [s.acme] })
        for (const storefront of [c.b2b, c.b2c]) {
          const completed = await send(api, "post", `/store/carts/${guest.cartId}/complete`, { headers: on(storefront) })
          expect({ status: completed.status, code: completed.data.code }).toEqual({ status: 403, code: "not_admitted_on_storefront" })
        }
        expect((await cartState(guest.cartId!)).completed_at).toBeNull()
      })
    })

    describe("item 16: Medusa's GET /store/orders/:id follows the organization's visibility rule", () => {
      /** The organization record of an order, written by the `order.placed` subscriber. */
      async function recorded(orderId: string) {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        return waitFor(
          async () => (await query.graph({ entity: "organization_order", fields: ["id"], filters: { order_id: orderId } })).data[0],
          (record) => !!record
        )
      }

      it("members who may see the order get it; anyone else gets the unknown order's 404, byte for byte", async () => {
        const s = await setup()
        const placed = await checkout(api, s.bob.headers, s.shop, { address: DEPOT })
        expect(placed.stage).toBe("order")
        const orderId = placed.response.data.order.id as string
        const read = (headers: Record<string, string>, id = orderId) => send(api, "get", `/store/orders/${id}`, { headers })
        // Right after completion (the storefront's confirmation page), before the record is written.
        const early = await read(s.bob.headers)
        expect(early.status).toBe(200)
        await recorded(orderId)

        const anonymous = { "x-publishable-api-key": s.storefront.key }
        const unknownFor = async (headers: Record<string, string>) => normalized(await read(headers, UNKNOWN_ORDER), [UNKNOWN_ORDER])
        for (const [who, headers] of [
          ["anonymous", anonymous],
          ["carl (no organization)", s.carl.headers],
          ["olga (another organization's admin)", s.olga.headers],
          ["rita (requester of the office, not the depot)", s.rita.headers],
        ] as const) {
          const answer = normalized(await read(headers), [orderId])
          expect({ who, ...answer }).toEqual({ who, ...(await unknownFor(headers)) })
          expect(answer.status).toBe(404)
        }
        expect((await read(s.bob.headers)).data.order.id).toBe(orderId)
        expect((await read(s.anna.headers)).data.order.id).toBe(orderId)
        // orders.view_all shows it to Rita.
        await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { grants: ["orders.view_all"] })
        expect((await read(s.rita.headers)).status).toBe(200)
        // Bob deactivated: his own order answers as unknown to him too.
        await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { status: "deactivated" })
        expect(normalized(await read(s.bob.headers), [orderId])).toEqual(await unknownFor(s.bob.headers))
        // An order of no organization stays Medusa's: read by its id.
        const carls = await checkout(api, s.carl.headers, s.shop, { address: ELSEWHERE })
        expect((await read(anonymous, carls.response.data.order.id)).status).toBe(200)
      })

      it("GET /store/orders lists only the caller's own orders", async () => {
        const s = await setup()
        const bobs = await checkout(api, s.bob.headers, s.shop, { address: DEPOT })
        const annas = await checkout(api, s.anna.headers, s.shop, { address: DEPOT })
        await recorded(bobs.response.data.order.id)
        const list = async (session: CustomerSession) =>
          (await send(api, "get", "/store/orders", { headers: session.headers })).data.orders.map((o: any) => o.id)
        expect(await list(s.bob)).toEqual([bobs.response.data.order.id])
        expect(await list(s.anna)).toEqual([annas.response.data.order.id])
        expect(await list(s.rita)).toEqual([])
        // Filters in the query do not widen it.
        const forged = await send(api, "get", `/store/orders?customer_id=${s.bob.customer.id}`, { headers: s.rita.headers })
        expect(forged.data.orders ?? []).toEqual([])
      })
    })
  },
})
