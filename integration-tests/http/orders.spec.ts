import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(300_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DEPOT: Address = { address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "nl" }

/**
 * Organization orders are order-shaped (issue 16, item 8): entries and detail carry Medusa's
 * order id and its computed payment and fulfillment status, with the organization's location,
 * placing member and approval beside them; the detail follows the list's visibility.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    const { ok } = client(api, () => adminHeaders)

    /**
     * Acme: Anna (admin), Bob (buyer at the depot), Rita (requester at the office, her order
     * approved by Anna). Other: Olga. One order each, recorded for the organization.
     */
    let s: Awaited<ReturnType<typeof setup>>
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
      const customer = (email: string) => createCustomerSession(api, storefront.key, email)
      const [anna, bob, rita, olga] = [
        await customer("anna@acme.test"),
        await customer("bob@acme.test"),
        await customer("rita@acme.test"),
        await customer("olga@other.test"),
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

      const placed = async (session: CustomerSession, address: Address) => {
        const result = await checkout(api, session.headers, shop, { address })
        if (result.stage !== "order") throw new Error(`no order: ${result.stage} ${JSON.stringify(result.response.data)}`)
        return result.response.data.order.id as string
      }
      const approvedOrder = async () => {
        const ready = await checkout(api, rita.headers, shop, { address: OFFICE, complete: false })
        const asked = await send(api, "post", `/store/carts/${ready.cartId}/approval`, { headers: rita.headers })
        const approvalId = asked.data.approval.id as string
        await send(api, "post", `/store/organizations/${acme}/approvals/${approvalId}/approve`, { body: {}, headers: anna.headers })
        const done = await send(api, "post", `/store/carts/${ready.cartId}/complete`, { headers: rita.headers })
        return { order: done.data.order.id as string, approvalId }
      }
      const orders = {
        bob: await placed(bob, DEPOT),
        anna: await placed(anna, OFFICE),
        rita: await approvedOrder(),
        olga: await placed(olga, DEPOT),
      }
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await waitFor(
        async () => (await knex.raw("select count(*)::int as n from organization_order")).rows[0].n as number,
        (n) => n >= 4
      )
      return { shop, anna, bob, rita, olga, acme, other, locations: { office, depot }, memberships, orders }
    }

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      s = await setup()
    })

    const store = (session: CustomerSession, path: string) => send(api, "get", path, { headers: session.headers })
    const storeOrder = (session: CustomerSession, orderId: string, organizationId = s.acme) =>
      store(session, `/store/organizations/${organizationId}/orders/${orderId}`)

    it("entries carry the Medusa order id and both computed statuses, as Medusa's own order routes do", async () => {
      const { orders, count } = await ok("get", `/admin/organizations/${s.acme}/orders`)
      expect(count).toBe(3)
      // Newest first: Rita's, Anna's, Bob's.
      expect(orders.map((o: any) => o.id)).toEqual([s.orders.rita.order, s.orders.anna, s.orders.bob])
      const { order: medusa } = await ok("get", `/admin/orders/${s.orders.bob}?fields=id,display_id,payment_status,fulfillment_status`)
      const bob = orders.find((o: any) => o.id === s.orders.bob)
      expect(bob).toEqual({
        id: s.orders.bob,
        order_id: s.orders.bob,
        membership_id: s.memberships.bob,
        display_id: medusa.display_id,
        status: "pending",
        payment_status: medusa.payment_status,
        fulfillment_status: medusa.fulfillment_status,
        total: expect.any(Number),
        subtotal: expect.any(Number),
        currency_code: "eur",
        created_at: expect.any(String),
        location: { id: s.locations.depot, name: "Depot", label: "Depot" },
        member: { membership_id: s.memberships.bob, customer_id: s.bob.customer.id, email: "bob@acme.test", first_name: expect.anything(), last_name: expect.anything() },
        approval_id: null,
      })
      expect(bob.payment_status).toEqual(expect.any(String))
      expect(bob.fulfillment_status).toBe("not_fulfilled")
      expect(orders.find((o: any) => o.id === s.orders.rita.order).approval_id).toBe(s.orders.rita.approvalId)

      // The statuses are Medusa's, read when asked: capturing the payment shows at once.
      const { order: withPayment } = await ok("get", `/admin/orders/${s.orders.bob}?fields=payment_collections.payments.id`)
      const paymentId = withPayment.payment_collections[0].payments[0].id
      await ok("post", `/admin/payments/${paymentId}/capture`, {})
      const after = await store(s.bob, `/store/organizations/${s.acme}/orders`)
      expect(after.status).toBe(200)
      expect(after.data.orders.find((o: any) => o.id === s.orders.bob).payment_status).toBe("captured")
    })

    it("lists page in the database and follow the visibility rule", async () => {
      const page = await ok("get", `/admin/organizations/${s.acme}/orders?limit=1&offset=1`)
      expect(page).toEqual(expect.objectContaining({ count: 3, limit: 1, offset: 1 }))
      expect(page.orders.map((o: any) => o.id)).toEqual([s.orders.anna])
      const ids = async (session: CustomerSession) =>
        (await store(session, `/store/organizations/${s.acme}/orders`)).data.orders.map((o: any) => o.id).sort()
      // Bob: his own (depot); Rita: her own and the office's (Anna's).
      expect(await ids(s.bob)).toEqual([s.orders.bob])
      expect(await ids(s.rita)).toEqual([s.orders.anna, s.orders.rita.order].sort())
      expect((await ok("get", `/admin/organizations/${s.acme}/orders?status=canceled`)).count).toBe(0)
      expect((await send(api, "get", `/admin/organizations/${s.acme}/orders?order=-total`, { headers: adminHeaders })).status).toBe(200)
    })

    it("an organization admin opens a colleague's whole order: lines, addresses, shipping, totals, member", async () => {
      const response = await storeOrder(s.anna, s.orders.bob)
      expect(response.status).toBe(200)
      const { order } = response.data
      expect(order).toEqual(
        expect.objectContaining({
          id: s.orders.bob,
          status: "pending",
          payment_status: expect.any(String),
          fulfillment_status: "not_fulfilled",
          currency_code: "eur",
          location: expect.objectContaining({ id: s.locations.depot, name: "Depot" }),
          member: expect.objectContaining({ membership_id: s.memberships.bob, email: "bob@acme.test" }),
          shipping_address: expect.objectContaining({ address_1: DEPOT.address_1, city: DEPOT.city, postal_code: DEPOT.postal_code }),
          shipping_methods: [expect.objectContaining({ id: expect.any(String), name: expect.any(String), amount: expect.any(Number) })],
          items: [
            expect.objectContaining({ title: expect.any(String), quantity: 1, unit_price: 80, total: expect.any(Number), variant_id: s.shop.variantId }),
          ],
          total: expect.any(Number),
          shipping_total: expect.any(Number),
          tax_total: expect.any(Number),
          approval: null,
        })
      )
      // No payment data and nobody else's: the answer is built from fixed fields.
      const text = JSON.stringify(response.data)
      for (const secret of ["payment_collections", "pay_", "fulfillments", "olga@other.test"]) expect(text).not.toContain(secret)
      // The merchant's twin answers the same order.
      const admin = await ok("get", `/admin/organizations/${s.acme}/orders/${s.orders.bob}`)
      expect(admin.order).toEqual(expect.objectContaining({ id: s.orders.bob, items: order.items, member: order.member }))
    })

    it("the detail carries its approval and who decided it", async () => {
      const { order } = (await storeOrder(s.rita, s.orders.rita.order)).data
      expect(order.approval).toEqual(
        expect.objectContaining({
          id: s.orders.rita.approvalId,
          status: "approved",
          decided_by_type: "member",
          decider: expect.objectContaining({ type: "member", email: "anna@acme.test" }),
        })
      )
      expect(order.approval_id).toBe(s.orders.rita.approvalId)
    })

    it("404 outside the visibility: a buyer's colleague's order, another organization's, a non-member; ?fields is refused", async () => {
      // Bob (depot) may not open Rita's office order, nor Anna's.
      for (const id of [s.orders.rita.order, s.orders.anna]) expect((await storeOrder(s.bob, id)).status).toBe(404)
      expect((await storeOrder(s.bob, s.orders.bob)).status).toBe(200)
      // Olga is not Acme's member; through her own organization Acme's order does not exist.
      expect((await storeOrder(s.olga, s.orders.bob)).status).toBe(404)
      expect((await storeOrder(s.olga, s.orders.bob, s.other)).status).toBe(404)
      expect((await storeOrder(s.olga, s.orders.olga, s.other)).status).toBe(200)
      // Nor for an admin of Acme is Other's order one of Acme's.
      expect((await storeOrder(s.anna, s.orders.olga)).status).toBe(404)
      expect((await send(api, "get", `/admin/organizations/${s.other}/orders/${s.orders.bob}`, { headers: adminHeaders })).status).toBe(404)
      expect((await send(api, "get", `/admin/organizations/${s.acme}/orders/order_unknown`, { headers: adminHeaders })).status).toBe(404)
      expect((await send(api, "get", `/admin/organizations/org_unknown/orders/${s.orders.bob}`, { headers: adminHeaders })).status).toBe(404)
      // Anonymous: 401; asking for fields the route does not offer: 400 naming it.
      const anonymous = await send(api, "get", `/store/organizations/${s.acme}/orders/${s.orders.bob}`, {
        headers: { "x-publishable-api-key": s.anna.headers["x-publishable-api-key"] },
      })
      expect(anonymous.status).toBe(401)
      const fields = await store(s.anna, `/store/organizations/${s.acme}/orders/${s.orders.bob}?fields=payment_collections.id`)
      expect(fields.status).toBe(400)
      expect(fields.data.message).toMatch(/payment_collections\.id/)
    })
  },
})
