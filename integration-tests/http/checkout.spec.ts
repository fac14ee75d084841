import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, organizationOfCart, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DEPOT: Address = { address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "nl" }
const ELSEWHERE: Address = { address_1: "Marktplein 9", city: "Gouda", postal_code: "2801 JE", country_code: "nl" }

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })

    const { ok } = client(api, () => adminHeaders)

    /**
     * Acme with two locations: Anna (admin, any location), Bob (buyer, assigned to the depot),
     * Rita (requester, assigned to the office). Olga is admin of Other, which has no locations;
     * Carl is in no organization.
     */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
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
      return { storefront, shop, anna, bob, rita, olga, carl, acme, other, locations: { office, depot }, memberships }
    }

    const buy = (session: CustomerSession, shop: Shop, address: Address, options = {}) =>
      checkout(api, session.headers, shop, { address, ...options })

    /** The organization record of an order, written by the `order.placed` subscriber. */
    async function organizationOrderOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const read = async () => {
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "organization_order.organization.name",
            "organization_order.location.label",
            "organization_order.membership.id",
            "organization_order.status",
          ],
          filters: { id: orderId },
        })
        return ((order as any)?.organization_order ?? null) as any
      }
      return waitFor(read, (record) => !!record)
    }

    it("places a buyer's order to an assigned location and links it to organization, location and member", async () => {
      const s = await setup()
      const result = await buy(s.bob, s.shop, { ...DEPOT, address_1: " havenweg  5", postal_code: "3011ab" })
      expect(result.stage).toBe("order")
      const order = result.response.data.order
      expect(await organizationOrderOf(order.id)).toEqual(
        expect.objectContaining({
          organization: expect.objectContaining({ name: "Acme" }),
          location: expect.objectContaining({ label: "Depot" }),
          membership: expect.objectContaining({ id: s.memberships.bob }),
          status: "pending",
        })
      )
      // The cart itself was linked at creation, by the server.
      expect(await organizationOfCart(getContainer(), result.cartId!)).toBe(s.acme)
    })

    it("refuses an address the member may not use; admins may use every location", async () => {
      const s = await setup()
      const office = await buy(s.bob, s.shop, OFFICE)
      expect(office.stage).toBe("address")
      expect(office.response.status).toBe(400)
      expect(office.response.data.message).toBe(
        "Orders for your organization ship to its delivery addresses only. Choose one of: Depot (Havenweg 5, 3011 AB Rotterdam)"
      )
      expect((await buy(s.bob, s.shop, ELSEWHERE)).stage).toBe("address")
      expect((await buy(s.anna, s.shop, OFFICE)).stage).toBe("order")
      expect((await buy(s.anna, s.shop, DEPOT)).stage).toBe("order")
      expect((await buy(s.anna, s.shop, ELSEWHERE)).response.status).toBe(400)
      // An organization without locations ships anywhere.
      expect((await buy(s.olga, s.shop, ELSEWHERE)).stage).toBe("order")
    })

    it("refuses completing a deactivated member's cart, and a cart whose location was unassigned", async () => {
      const s = await setup()
      const deactivated = await buy(s.bob, s.shop, DEPOT, {
        beforeComplete: () => ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { status: "deactivated" }),
      })
      expect(deactivated.stage).toBe("complete")
      expect(deactivated.response.status).toBe(403)
      expect(deactivated.response.data.message).toBe("Your membership of this organization is deactivated: ask an administrator of your organization to reactivate it")

      const unassigned = await buy(s.rita, s.shop, OFFICE, {
        beforeComplete: () => ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { location_ids: [] }),
      })
      expect(unassigned.stage).toBe("complete")
      expect(unassigned.response.data.message).toMatch(/no delivery address of your organization to ship to/)
    })

    it("refuses a cart of one organization completed by a member of another, or anonymously, as an unknown cart", async () => {
      const s = await setup()
      const byOlga = await buy(s.bob, s.shop, DEPOT, { completeAs: s.olga.headers })
      expect(byOlga.stage).toBe("complete")
      expect(byOlga.response.status).toBe(404)
      expect(byOlga.response.data.message).toBe(`Cart with id: ${byOlga.cartId} was not found`)
      const anonymous = await buy(s.bob, s.shop, DEPOT, {
        completeAs: { "x-publishable-api-key": s.storefront.key },
      })
      expect(anonymous.stage).toBe("complete")
      expect(anonymous.response.status).toBe(404)
    })

    it("does not let a guest cart become a member's organization order by typing the member's e-mail", async () => {
      const s = await setup()
      const guest = { "x-publishable-api-key": s.storefront.key }
      // A guest's purchase (issue 26): Medusa's rules only, no organization, no record; answered as a stranger's.
      const result = await checkout(api, guest, s.shop, { address: DEPOT, email: "bob@acme.test" })
      expect(result.stage).toBe("order")
      expect(await organizationOfCart(getContainer(), result.cartId!)).toBeNull()
      // A guest with their own e-mail, and a customer in no organization, check out as usual.
      expect((await checkout(api, guest, s.shop, { address: ELSEWHERE, email: "guest@home.test" })).stage).toBe("order")
      const carl = await buy(s.carl, s.shop, ELSEWHERE)
      expect(carl.stage).toBe("order")
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const { rows } = await knex.raw("select count(*)::int as n from organization_order where order_id = ?", [
        carl.response.data.order.id,
      ])
      expect(rows[0].n).toBe(0)
    })

    it("creates carts only for an organization the customer may order for", async () => {
      const s = await setup()
      const create = (session: CustomerSession, organizationId?: string) =>
        send(api, "post", "/store/carts", {
          body: { region_id: s.shop.regionId },
          headers: { ...session.headers, ...(organizationId ? { "x-organization-id": organizationId } : {}) },
        })
      expect((await create(s.bob, s.other)).status).toBe(404)
      expect((await create(s.bob, "org_unknown")).status).toBe(404)
      // Several organizations: the header must say which.
      await ok("post", `/admin/organizations/${s.other}/members`, { customer_id: s.bob.customer.id, role: "buyer" })
      const ambiguous = await create(s.bob)
      expect(ambiguous.status).toBe(400)
      expect(ambiguous.data.message).toBe("You buy for several organizations: choose the organization this cart is for")
      expect((await create(s.bob, s.other)).status).toBe(200)
      // Neither orders.place nor orders.request: no cart for the organization.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { revokes: ["orders.request"] })
      const rita = await create(s.rita)
      expect(rita.status).toBe(403)
      expect(rita.data.message).toBe("Your account may not place orders for the organization: ask an administrator of your organization for the permission (orders.place)")
      // Client-supplied metadata or additional data does not choose the organization.
      const forged = await send(api, "post", "/store/carts", {
        body: { region_id: s.shop.regionId, metadata: { organization_id: s.acme } },
        headers: s.carl.headers,
      })
      expect(forged.status).toBe(200)
      expect(await organizationOfCart(getContainer(), forged.data.cart.id)).toBeNull()
    })

    it("applies access groups at completion", async () => {
      const s = await setup()
      const result = await buy(s.bob, s.shop, DEPOT, {
        beforeComplete: async () => {
          const { access_group } = await ok("post", "/admin/access-groups", { name: "B2B" })
          await ok("post", `/admin/access-groups/${access_group.id}/sales-channels`, { add: [s.storefront.salesChannelId] })
        },
      })
      expect(result.stage).toBe("complete")
      expect(result.response.data.message).toBe("Your account cannot buy in this shop: please contact the shop if you think it should")
    })

    it("an organization's cart is read only by its member (a cart id is no credential); other carts as in Medusa", async () => {
      const s = await setup()
      const result = await buy(s.rita, s.shop, OFFICE, { complete: false })
      const cartId = result.cartId!
      const read = (headers: Record<string, string>) => send(api, "get", `/store/carts/${cartId}`, { headers })
      const mine = await read(s.rita.headers)
      expect(mine.status).toBe(200)
      expect(mine.data.cart.id).toBe(cartId)
      // The organization's admin (who approves and sees cart ids), a stranger, nobody: as if unknown.
      for (const headers of [s.anna.headers, s.carl.headers, { "x-publishable-api-key": s.storefront.key }]) {
        const refused = await read(headers)
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused.data)).not.toContain("rita@acme.test")
      }
      // A cart of somebody in no organization is Medusa's as ever: read by its id.
      const guest = await send(api, "post", "/store/carts", {
        body: { region_id: s.shop.regionId },
        headers: { "x-publishable-api-key": s.storefront.key },
      })
      const again = await send(api, "get", `/store/carts/${guest.data.cart.id}`, { headers: { "x-publishable-api-key": s.storefront.key } })
      expect(again.status).toBe(200)
    })

    it("lists orders by who may see them: all, own plus assigned locations, own", async () => {
      const s = await setup()
      // Without approvals in the way: Rita (requester) may place orders herself here.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { grants: ["orders.place"] })
      const placed = {
        annaOffice: await buy(s.anna, s.shop, OFFICE),
        annaDepot: await buy(s.anna, s.shop, DEPOT),
        bob: await buy(s.bob, s.shop, DEPOT),
        rita: await buy(s.rita, s.shop, OFFICE),
        olga: await buy(s.olga, s.shop, ELSEWHERE),
      }
      const ids = Object.fromEntries(Object.entries(placed).map(([k, r]) => [k, r.response.data.order?.id]))
      for (const id of Object.values(ids)) expect(await organizationOrderOf(id)).toBeTruthy()
      const list = (session: CustomerSession, query = "") =>
        send(api, "get", `/store/organizations/${s.acme}/orders${query}`, { headers: session.headers })
      const orderIds = (response: any) => response.data.orders.map((o: any) => o.id).sort()

      const all = await list(s.anna)
      expect(all.data.count).toBe(4)
      expect(orderIds(all)).toEqual([ids.annaOffice, ids.annaDepot, ids.bob, ids.rita].sort())
      // Newest first, with the order's summary and the location.
      // Newest first, order-shaped: Medusa's order with the location and placing member beside it.
      expect(all.data.orders[0].id).toBe(ids.rita)
      expect(all.data.orders[0]).toEqual(
        expect.objectContaining({
          status: "pending",
          currency_code: "eur",
          display_id: expect.any(Number),
          location: expect.objectContaining({ name: "Office" }),
          member: expect.objectContaining({ membership_id: s.memberships.rita, email: expect.stringContaining("rita") }),
        })
      )
      // Bob (buyer, depot): his own and the depot's orders.
      expect(orderIds(await list(s.bob))).toEqual([ids.annaDepot, ids.bob].sort())
      // Rita (requester, office): her own and the office's.
      expect(orderIds(await list(s.rita))).toEqual([ids.annaOffice, ids.rita].sort())
      // Granting orders.view_all shows everything at once.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { grants: ["orders.view_all"] })
      expect((await list(s.rita)).data.count).toBe(4)

      const page = await list(s.anna, `?limit=1&offset=1&location_id=${s.locations.depot}`)
      expect(page.data).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
      expect((await list(s.anna, "?status=canceled")).data.count).toBe(0)
      expect((await send(api, "get", `/store/organizations/${s.acme}/orders`, { headers: s.olga.headers })).status).toBe(404)
      const merchant = await ok("get", `/admin/organizations/${s.acme}/orders?limit=2`)
      expect(merchant.count).toBe(4)
      expect(merchant.orders).toHaveLength(2)
    })
  },
})
