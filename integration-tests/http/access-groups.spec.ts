import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(120_000)

type Storefront = Awaited<ReturnType<typeof createStorefront>>

// Each request its own (valid) numbers: a request with an existing organization's numbers is a
// possible duplicate, which approval refuses without allow_duplicate.
const NUMBERS: Record<string, { vat_number: string; registration_number: string }> = {
  "lisa@shop.test": { vat_number: "NL000099998B57", registration_number: "34567890" },
  "jan@bakkerij.test": { vat_number: "NL100000009B01", registration_number: "34567891" },
  "kees@bakkerij.test": { vat_number: "NL100000010B01", registration_number: "34567892" },
}
const company = (email: string, name = "Bakkerij Jansen") => ({
  company: { name, ...NUMBERS[email], country_code: "NL" },
  contact: { first_name: "Jan", last_name: "Jansen", email },
})

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
    })

    const { send: admin, ok } = client(api, () => adminHeaders)
    const on = (storefront: Storefront, session?: CustomerSession) => ({
      ...(session?.headers ?? {}),
      "x-publishable-api-key": storefront.key,
    })

    /**
     * Seed 001's picture: a B2B storefront (group "B2B", approval) and a B2C storefront
     * (group "B2C", open); Anna's organization and Anna are B2B, Carl is a B2C customer who
     * is also admin of an organization that is in no group.
     */
    async function setup({ groups = true } = {}) {
      const container = getContainer()
      const b2b = await createStorefront(container, "B2B", { organizationCarts: true })
      const b2c = await createStorefront(container, "B2C")
      const anna = await createCustomerSession(api, b2b.key, "anna@acme.test")
      const carl = await createCustomerSession(api, b2c.key, "carl@home.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const carlCo = (await ok("post", "/admin/organizations", { name: "Carl & Co", admin: { customer_id: carl.customer.id } }))
        .organization.id as string
      if (!groups) return { b2b, b2c, anna, carl, acme, carlCo }
      const b2bGroup = (await ok("post", "/admin/access-groups", { name: "B2B", registration_mode: "approval" })).access_group
        .id as string
      const b2cGroup = (await ok("post", "/admin/access-groups", { name: "B2C", registration_mode: "open" })).access_group
        .id as string
      await ok("post", `/admin/access-groups/${b2bGroup}/sales-channels`, { add: [b2b.salesChannelId] })
      await ok("post", `/admin/access-groups/${b2bGroup}/organizations`, { add: [acme] })
      await ok("post", `/admin/access-groups/${b2bGroup}/customers`, { add: [anna.customer.id] })
      await ok("post", `/admin/access-groups/${b2cGroup}/sales-channels`, { add: [b2c.salesChannelId] })
      await ok("post", `/admin/access-groups/${b2cGroup}/customers`, { add: [carl.customer.id] })
      await ok("post", `/admin/access-groups/${b2cGroup}/organizations`, { add: [carlCo] })
      return { b2b, b2c, anna, carl, acme, carlCo, b2bGroup, b2cGroup }
    }

    const getOrganization = (storefront: Storefront, session: CustomerSession, id: string) =>
      send(api, "get", `/store/organizations/${id}`, { headers: on(storefront, session) })

    it("restricts nothing while no group is configured", async () => {
      const s = await setup({ groups: false })
      expect((await getOrganization(s.b2b, s.anna, s.acme)).status).toBe(200)
      expect((await getOrganization(s.b2c, s.anna, s.acme)).status).toBe(200)
      expect((await getOrganization(s.b2b, s.carl, s.carlCo)).status).toBe(200)
    })

    it("the group matrix: the organization shares a group with the channel, the customer is its active member", async () => {
      const s = await setup()
      // B2B customer of a B2B organization on the B2B storefront: allowed.
      expect((await getOrganization(s.b2b, s.anna, s.acme)).status).toBe(200)
      // B2B customer on the B2C storefront: denied, on every organization route.
      const denied = await getOrganization(s.b2c, s.anna, s.acme)
      expect(denied.status).toBe(403)
      expect(denied.data.message).toBe("Your account cannot buy in this shop: please contact the shop if you think it should")
      expect((await send(api, "get", `/store/organizations/${s.acme}/members`, { headers: on(s.b2c, s.anna) })).status).toBe(403)
      // The reverse: B2C customer on the B2B storefront: denied.
      expect((await getOrganization(s.b2b, s.carl, s.carlCo)).status).toBe(403)
      expect((await getOrganization(s.b2c, s.carl, s.carlCo)).status).toBe(200)
      // Customer in the group but organization not: denied.
      await ok("post", `/admin/access-groups/${s.b2bGroup}/organizations`, { remove: [s.acme] })
      expect((await getOrganization(s.b2b, s.anna, s.acme)).status).toBe(403)
      await ok("post", `/admin/access-groups/${s.b2bGroup}/organizations`, { add: [s.acme] })
      // The other way round: membership admits, the customer row is not needed (issue 16).
      await ok("post", `/admin/access-groups/${s.b2bGroup}/customers`, { remove: [s.anna.customer.id] })
      expect((await getOrganization(s.b2b, s.anna, s.acme)).status).toBe(200)
      // A customer row does not let a member act for an organization outside the channel's groups.
      await ok("post", `/admin/access-groups/${s.b2bGroup}/customers`, { add: [s.carl.customer.id] })
      expect((await getOrganization(s.b2b, s.carl, s.carlCo)).status).toBe(403)
      // Another organization's id still answers 404, whatever the groups.
      expect((await getOrganization(s.b2c, s.carl, s.acme)).status).toBe(404)
      // A storefront whose channel is in no group admits everybody.
      const other = await createStorefront(getContainer(), "Outlet")
      expect((await getOrganization(other, s.anna, s.acme)).status).toBe(200)
      // Deleting the group lifts its restriction.
      await ok("delete", `/admin/access-groups/${s.b2bGroup}`)
      expect((await getOrganization(s.b2b, s.anna, s.acme)).status).toBe(200)
    })

    it("applies the rule to carts: creation on a storefront the customer may not use is refused", async () => {
      const s = await setup()
      await getContainer()
        .resolve(Modules.REGION)
        .createRegions({ name: "Europe", currency_code: "eur", countries: ["nl", "be"] })
      const createCart = (storefront: Storefront, session?: CustomerSession) =>
        send(api, "post", "/store/carts", { body: {}, headers: on(storefront, session) })

      expect((await createCart(s.b2b, s.anna)).status).toBe(200)
      // On the consumer storefront a member's cart is personal (issue 26): a private purchase, welcome as any B2C buyer's.
      expect((await createCart(s.b2c, s.anna)).status).toBe(200)
      // Acting for Acme there is refused by the shared guard the cart route runs (403), like on every organization route.
      const denied = await send(api, "post", "/store/carts", { body: {}, headers: { ...on(s.b2c, s.anna), "x-organization-id": s.acme } })
      expect(denied.status).toBe(403)
      expect(denied.data.message).toBe("Your account cannot buy in this shop: please contact the shop if you think it should")
      expect((await createCart(s.b2b, s.carl)).status).toBe(403)
      expect((await createCart(s.b2c, s.carl)).status).toBe(200)
      // A customer in no organization is refused by the cart hook (400), as are guests.
      const loner = await createCustomerSession(api, s.b2b.key, "lone@wolf.test")
      const lonerDenied = await createCart(s.b2b, loner)
      expect(lonerDenied.status).toBe(403)
      expect(lonerDenied.data.message).toBe("Your account cannot buy in this shop: please contact the shop if you think it should")
      // Guests: welcome where a group is open (B2C), not on an approval-only storefront.
      expect((await createCart(s.b2c)).status).toBe(200)
      const guestDenied = await createCart(s.b2b)
      expect(guestDenied.status).toBe(403)
      // A guest has no account to blame: they are told to log in.
      expect(guestDenied.data.message).toBe("This shop sells to registered customers only: please log in, or ask the shop for an account")
    })

    describe("checkout, approvals and my organizations follow the groups (issue 15, class 8)", () => {
      const ADDRESS: Address = { address_1: "Marktplein 9", city: "Gouda", postal_code: "2801 JE", country_code: "nl" }

      async function shopSetup() {
        const s = await setup()
        const shop = await createShop(getContainer(), [s.b2b.salesChannelId, s.b2c.salesChannelId])
        const readyCart = async (storefront: Storefront, session: CustomerSession) => {
          const result = await checkout(api, on(storefront, session), shop, { address: ADDRESS, complete: false })
          if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
          return result.cartId!
        }
        return { ...s, shop, readyCart }
      }
      const complete = (storefront: Storefront, session: CustomerSession, cartId: string) =>
        send(api, "post", `/store/carts/${cartId}/complete`, { headers: on(storefront, session) })
      const myOrganizations = async (storefront: Storefront, session: CustomerSession) => {
        const response = await send(api, "get", "/store/organizations", { headers: on(storefront, session) })
        expect(response.status).toBe(200)
        return { ids: response.data.organizations.map((o: any) => o.id), count: response.data.count }
      }

      it("completion and approval requests test the organization too, not only the customer", async () => {
        const s = await shopSetup()
        const cartId = await s.readyCart(s.b2b, s.anna)
        // The merchant takes Acme out of the B2B group; Anna herself stays in it.
        await ok("post", `/admin/access-groups/${s.b2bGroup}/organizations`, { remove: [s.acme] })
        const refused = await complete(s.b2b, s.anna, cartId)
        expect(refused.status).toBe(403)
        expect(refused.data).toEqual(
          expect.objectContaining({ code: "not_admitted_on_storefront", message: "Your account cannot buy in this shop: please contact the shop if you think it should" })
        )
        const approval = await send(api, "post", `/store/carts/${cartId}/approval`, { headers: on(s.b2b, s.anna) })
        expect(approval.status).toBe(403)
        expect(approval.data.code).toBe("not_admitted_on_storefront")
        // Back in the group, the same cart completes.
        await ok("post", `/admin/access-groups/${s.b2bGroup}/organizations`, { add: [s.acme] })
        expect((await complete(s.b2b, s.anna, cartId)).data.type).toBe("order")
      })

      it("my organizations lists only the ones the storefront's groups admit", async () => {
        const s = await shopSetup()
        expect(await myOrganizations(s.b2b, s.anna)).toEqual({ ids: [s.acme], count: 1 })
        expect(await myOrganizations(s.b2c, s.anna)).toEqual({ ids: [], count: 0 })
        expect(await myOrganizations(s.b2c, s.carl)).toEqual({ ids: [s.carlCo], count: 1 })
        expect(await myOrganizations(s.b2b, s.carl)).toEqual({ ids: [], count: 0 })
        await ok("post", `/admin/access-groups/${s.b2bGroup}/organizations`, { remove: [s.acme] })
        expect(await myOrganizations(s.b2b, s.anna)).toEqual({ ids: [], count: 0 })
        // A storefront whose channel is in no group lists them all.
        const outlet = await createStorefront(getContainer(), "Outlet")
        expect(await myOrganizations(outlet, s.anna)).toEqual({ ids: [s.acme], count: 1 })
      })

      describe("membership admits on the organization's storefronts, no merchant step (issue 16)", () => {
        const createCart = (storefront: Storefront, session: CustomerSession) =>
          send(api, "post", "/store/carts", { body: {}, headers: on(storefront, session) })
        /** "order", or the step that refused and its answer. */
        const buys = async (storefront: Storefront, session: CustomerSession, shop: Awaited<ReturnType<typeof shopSetup>>["shop"]) => {
          const { stage, response } = await checkout(api, on(storefront, session), shop, { address: ADDRESS })
          return stage === "order" ? stage : `${stage}: ${response.status} ${JSON.stringify(response.data)}`
        }
        const inGroupCustomers = async (groupId: string, customerId: string) => {
          const { customers } = await ok("get", `/admin/access-groups/${groupId}/customers?limit=100`)
          return customers.some((c: any) => c.id === customerId)
        }

        it("a colleague invited by the organization's admin accepts, lists the organization and buys", async () => {
          const s = await shopSetup()
          const invited = await send(api, "post", `/store/organizations/${s.acme}/invitations`, {
            body: { email: "ben@acme.test", role: "buyer" },
            headers: on(s.b2b, s.anna),
          })
          expect(invited.status).toBe(200)
          const [mail] = await emailsTo(getContainer(), "ben@acme.test")
          const ben = await createCustomerSession(api, s.b2b.key, "ben@acme.test")
          // Before accepting, Ben is nobody on the B2B storefront.
          expect((await getOrganization(s.b2b, ben, s.acme)).status).toBe(404)
          const accepted = await send(api, "post", "/store/invitations/accept", {
            body: { token: tokenFrom(mail) },
            headers: on(s.b2b, ben),
          })
          expect(accepted.status).toBe(200)

          expect((await getOrganization(s.b2b, ben, s.acme)).status).toBe(200)
          expect(await myOrganizations(s.b2b, ben)).toEqual({ ids: [s.acme], count: 1 })
          expect(await buys(s.b2b, ben, s.shop)).toBe("order")
          // Nobody put Ben in the group; and the B2C storefront still does not admit Acme.
          expect(await inGroupCustomers(s.b2bGroup, ben.customer.id)).toBe(false)
          const b2c = await getOrganization(s.b2c, ben, s.acme)
          expect(b2c.status).toBe(403)
          expect(b2c.data.code).toBe("not_admitted_on_storefront")
          expect(await myOrganizations(s.b2c, ben)).toEqual({ ids: [], count: 0 })
        })

        it("a member the merchant adds buys at once; deactivated or removed, the storefront refuses at once", async () => {
          const s = await shopSetup()
          const dora = await createCustomerSession(api, s.b2b.key, "dora@acme.test")
          expect((await createCart(s.b2b, dora)).data.code).toBe("not_admitted_on_storefront")
          const { membership } = await ok("post", `/admin/organizations/${s.acme}/members`, {
            customer_id: dora.customer.id,
            role: "buyer",
          })
          expect(await myOrganizations(s.b2b, dora)).toEqual({ ids: [s.acme], count: 1 })
          expect(await buys(s.b2b, dora, s.shop)).toBe("order")
          const ready = await s.readyCart(s.b2b, dora)

          // Deactivated: 403 on organization routes and cart creation, and the ready cart does not complete.
          await ok("post", `/admin/organizations/${s.acme}/members/${membership.id}`, { status: "deactivated" })
          expect((await getOrganization(s.b2b, dora, s.acme)).status).toBe(403)
          expect((await createCart(s.b2b, dora)).status).toBe(403)
          expect((await complete(s.b2b, dora, ready)).status).toBe(403)
          await ok("post", `/admin/organizations/${s.acme}/members/${membership.id}`, { status: "active" })
          expect((await getOrganization(s.b2b, dora, s.acme)).status).toBe(200)

          // Removed: no longer a member (404 on the organization's routes, as for any non-member),
          // gone from the list, and as a customer in no group the B2B storefront refuses her carts.
          await ok("delete", `/admin/organizations/${s.acme}/members/${membership.id}`)
          expect((await getOrganization(s.b2b, dora, s.acme)).status).toBe(404)
          expect(await myOrganizations(s.b2b, dora)).toEqual({ ids: [], count: 0 })
          const refusedCart = await createCart(s.b2b, dora)
          expect(refusedCart.status).toBe(403)
          expect(refusedCart.data.code).toBe("not_admitted_on_storefront")
          // Her old cart is the organization's, no longer hers: answered as an unknown cart (issue 25).
          const completed = await complete(s.b2b, dora, ready)
          expect(completed.status).toBe(404)
          expect(completed.data.type).not.toBe("order")
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: ready } })
          expect(data[0].completed_at).toBeNull()
        })

        it("a contact in the group who is no member of the organization does not act for it", async () => {
          const s = await shopSetup()
          const nina = await createCustomerSession(api, s.b2b.key, "nina@elsewhere.test")
          await ok("post", `/admin/access-groups/${s.b2bGroup}/customers`, { add: [nina.customer.id] })
          expect((await getOrganization(s.b2b, nina, s.acme)).status).toBe(404)
          const named = await send(api, "post", "/store/carts", {
            body: {},
            headers: { ...on(s.b2b, nina), "x-organization-id": s.acme },
          })
          expect(named.status).toBe(404)
          expect(await myOrganizations(s.b2b, nina)).toEqual({ ids: [], count: 0 })
          // Her own customer row still means what it did: she may buy for herself (no organization).
          expect(await buys(s.b2b, nina, s.shop)).toBe("order")
        })
      })

      it("an organization's cart cannot be moved to, or used through, another storefront's sales channel", async () => {
        const s = await shopSetup()
        const cartId = await s.readyCart(s.b2b, s.anna)
        const moved = await send(api, "post", `/store/carts/${cartId}`, {
          body: { sales_channel_id: s.b2c.salesChannelId },
          headers: on(s.b2b, s.anna),
        })
        expect(moved.status).toBe(400)
        expect(moved.data.code).toBe("sales_channel_not_on_storefront")
        expect(moved.data.message).toMatch(/sales_channel_id/)
        // Through the B2C storefront's key the B2B cart is not usable either.
        const viaB2C = await send(api, "post", `/store/carts/${cartId}`, { body: {}, headers: on(s.b2c, s.anna) })
        expect(viaB2C.status).toBe(403)
        expect(viaB2C.data.code).toBe("not_admitted_on_storefront")
        expect((await complete(s.b2c, s.anna, cartId)).data.code).toBe("not_admitted_on_storefront")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "cart", fields: ["sales_channel_id", "completed_at"], filters: { id: cartId } })
        expect(data[0]).toEqual(expect.objectContaining({ sales_channel_id: s.b2b.salesChannelId, completed_at: null }))
      })

      it("B2C buyers (registered, in no organization and no group) and guests buy on the open storefront", async () => {
        const s = await shopSetup()
        const loner = await createCustomerSession(api, s.b2c.key, "lone@wolf.test")
        expect((await checkout(api, on(s.b2c, loner), s.shop, { address: ADDRESS })).stage).toBe("order")
        expect((await checkout(api, on(s.b2c), s.shop, { address: ADDRESS, email: "guest@home.test" })).stage).toBe("order")
        // Not on the approval-only B2B storefront.
        const b2b = await checkout(api, on(s.b2b, loner), s.shop, { address: ADDRESS })
        expect(b2b.stage).toBe("create")
        expect(b2b.response.data.code).toBe("not_admitted_on_storefront")
      })

      it("a guest cart typed with a member's e-mail is a guest's purchase, answered as a stranger's (issue 26)", async () => {
        const s = await shopSetup()
        // Medusa gives such a cart the member's own account; it stays personal, so nothing tells the guest whose e-mail it is.
        const asCarl = await checkout(api, on(s.b2c), s.shop, { address: ADDRESS, email: "carl@home.test" })
        const asAnna = await checkout(api, on(s.b2c), s.shop, { address: ADDRESS, email: "anna@acme.test" })
        const asStranger = await checkout(api, on(s.b2c), s.shop, { address: ADDRESS, email: "nobody@home.test" })
        expect([asCarl.stage, asAnna.stage, asStranger.stage]).toEqual(["order", "order", "order"])
        // On the B2B storefront every guest gets the same refusal, before any e-mail is typed.
        const onB2B = await Promise.all(
          ["anna@acme.test", "nobody@home.test"].map((email) => checkout(api, on(s.b2b), s.shop, { address: ADDRESS, email }))
        )
        expect(onB2B.map((r) => [r.stage, r.response.status, r.response.data.message])).toEqual([
          ["create", 403, "This shop sells to registered customers only: please log in, or ask the shop for an account"],
          ["create", 403, "This shop sells to registered customers only: please log in, or ask the shop for an account"],
        ])
      })
    })

    it("registers at once through an open group, queues through an approval group", async () => {
      const s = await setup()
      const viaB2C = await send(api, "post", "/store/account-requests", {
        body: company("lisa@shop.test", "Lisa's Shop"),
        headers: on(s.b2c),
      })
      expect(viaB2C.status).toBe(200)
      expect(viaB2C.data.account_request.status).toBe("approved")
      const selfRegistered = (await ok("get", `/admin/account-requests/${viaB2C.data.account_request.id}`)).account_request
      expect(selfRegistered.decided_by).toBe("self-registration")
      const b2cOrganizations = await ok("get", `/admin/access-groups/${s.b2cGroup}/organizations`)
      expect(b2cOrganizations.organizations.map((o: any) => o.id)).toContain(selfRegistered.organization_id)
      const b2cCustomers = await ok("get", `/admin/access-groups/${s.b2cGroup}/customers`)
      expect(b2cCustomers.customers.map((c: any) => c.email)).toContain("lisa@shop.test")

      const viaB2B = await send(api, "post", "/store/account-requests", { body: company("jan@bakkerij.test"), headers: on(s.b2b) })
      expect(viaB2B.data.account_request.status).toBe("pending")
      const approved = (await ok("post", `/admin/account-requests/${viaB2B.data.account_request.id}/approve`)).account_request
      const b2bOrganizations = await ok("get", `/admin/access-groups/${s.b2bGroup}/organizations`)
      expect(b2bOrganizations.organizations.map((o: any) => o.id).sort()).toEqual([s.acme, approved.organization_id].sort())
      const b2bCustomers = await ok("get", `/admin/access-groups/${s.b2bGroup}/customers`)
      expect(b2bCustomers.customers.map((c: any) => c.id)).toContain(approved.customer_id)

      // The merchant may choose the groups instead; an unknown one is a 404 and changes nothing.
      const another = await send(api, "post", "/store/account-requests", { body: company("kees@bakkerij.test"), headers: on(s.b2b) })
      const unknown = await admin("post", `/admin/account-requests/${another.data.account_request.id}/approve`, {
        access_group_ids: ["accgrp_unknown"],
      })
      expect(unknown.status).toBe(404)
      expect((await ok("get", `/admin/account-requests/${another.data.account_request.id}`)).account_request.status).toBe("pending")
      const chosen = await admin("post", `/admin/account-requests/${another.data.account_request.id}/approve`, {
        access_group_ids: [s.b2cGroup],
      })
      expect(chosen.status).toBe(200)
      const inB2C = await ok("get", `/admin/access-groups/${s.b2cGroup}/organizations`)
      expect(inB2C.organizations.map((o: any) => o.id)).toContain(chosen.data.account_request.organization_id)
    })

    it("manages groups through the admin API: create, read, list, update, batches, delete", async () => {
      const s = await setup()
      // Regression: an organization without a first admin, while other memberships exist.
      expect((await admin("post", "/admin/organizations", { name: "No admin yet" })).status).toBe(200)
      // A customer's memberships, for the customer page.
      const memberships = await ok("get", `/admin/customers/${s.anna.customer.id}/organization-memberships`)
      expect(memberships.memberships).toEqual([
        expect.objectContaining({ role: "admin", organization: expect.objectContaining({ id: s.acme, name: "Acme" }) }),
      ])
      const group = await ok("get", `/admin/access-groups/${s.b2bGroup}`)
      expect(group.access_group).toEqual(
        expect.objectContaining({
          id: s.b2bGroup,
          name: "B2B",
          registration_mode: "approval",
          sales_channels: [expect.objectContaining({ id: s.b2b.salesChannelId, name: "B2B" })],
        })
      )
      const list = await ok("get", "/admin/access-groups?limit=1")
      expect(list).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
      expect(list.access_groups.map((g: any) => g.name)).toEqual(["B2B"])
      expect((await ok("get", "/admin/access-groups?q=b2c")).access_groups.map((g: any) => g.name)).toEqual(["B2C"])
      expect((await ok("get", "/admin/access-groups?registration_mode=open")).count).toBe(1)

      const renamed = await ok("post", `/admin/access-groups/${s.b2bGroup}`, { name: "Trade", registration_mode: "open" })
      expect(renamed.access_group).toEqual(expect.objectContaining({ name: "Trade", registration_mode: "open" }))

      // Adding twice and removing what is absent are no-ops; members page in the database.
      await ok("post", `/admin/access-groups/${s.b2bGroup}/customers`, { add: [s.anna.customer.id, s.carl.customer.id] })
      await ok("post", `/admin/access-groups/${s.b2bGroup}/customers`, { add: [s.anna.customer.id], remove: ["cus_absent"] })
      const page = await ok("get", `/admin/access-groups/${s.b2bGroup}/customers?limit=1`)
      expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 0 }))
      expect(page.customers).toHaveLength(1)
      expect(page.customers[0]).toEqual(expect.objectContaining({ email: expect.any(String), id: expect.stringMatching(/^cus_/) }))
      const channels = await ok("get", `/admin/access-groups/${s.b2bGroup}/sales-channels`)
      expect(channels.sales_channels).toEqual([expect.objectContaining({ id: s.b2b.salesChannelId, name: "B2B" })])

      const deleted = await ok("delete", `/admin/access-groups/${s.b2cGroup}`)
      expect(deleted).toEqual({ id: s.b2cGroup, object: "access_group", deleted: true })
      expect((await admin("get", `/admin/access-groups/${s.b2cGroup}`)).status).toBe(404)
    })

    it("refuses bad input: 400 naming the field, 404 for unknown ids, 409 for a taken name", async () => {
      const s = await setup()
      const missingName = await admin("post", "/admin/access-groups", { registration_mode: "open" })
      expect(missingName.status).toBe(400)
      expect(missingName.data.message).toMatch(/name/)
      const badMode = await admin("post", "/admin/access-groups", { name: "X", registration_mode: "anyone" })
      expect(badMode.status).toBe(400)
      expect(badMode.data.message).toMatch(/registration_mode/)
      const taken = await admin("post", "/admin/access-groups", { name: "B2B" })
      expect(taken.status).toBe(409)
      expect(taken.data.message).toBe('An access group named "B2B" already exists')
      expect((await admin("post", `/admin/access-groups/${s.b2cGroup}`, { name: "B2B" })).status).toBe(409)

      const unknownChannel = await admin("post", `/admin/access-groups/${s.b2bGroup}/sales-channels`, {
        add: ["sc_unknown"],
      })
      expect(unknownChannel.status).toBe(404)
      expect(unknownChannel.data.message).toBe("Sales channel with id: sc_unknown was not found")
      // One unknown id in a batch: nothing of the batch is applied.
      const mixed = await admin("post", `/admin/access-groups/${s.b2bGroup}/customers`, {
        add: [s.carl.customer.id, "cus_unknown"],
      })
      expect(mixed.status).toBe(404)
      expect((await ok("get", `/admin/access-groups/${s.b2bGroup}/customers`)).count).toBe(1)
      const overlap = await admin("post", `/admin/access-groups/${s.b2bGroup}/customers`, {
        add: [s.carl.customer.id],
        remove: [s.carl.customer.id],
      })
      expect(overlap.status).toBe(400)
      expect(overlap.data.message).toMatch(/remove/)
      expect((await admin("post", `/admin/access-groups/${s.b2bGroup}/customers`, { add: "cus_1" })).status).toBe(400)
      expect((await admin("post", "/admin/access-groups/accgrp_unknown/customers", { add: [] })).status).toBe(404)
      expect((await admin("get", "/admin/access-groups/accgrp_unknown/organizations")).status).toBe(404)
      expect((await admin("delete", "/admin/access-groups/accgrp_unknown")).status).toBe(404)
      expect((await send(api, "get", "/admin/access-groups")).status).toBe(401)
    })
  },
})
