import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createCatalogue } from "../../demo/shop"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { emailsTo } from "../helpers/notifications"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { send: admin, ok } = client(api, () => adminHeaders)

    /** Acme: Anna (admin, manages seats) and four buyers; Other: Olga (admin). */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const customer = (email: string) => createCustomerSession(api, storefront.key, email)
      const anna = await customer("anna@acme.test")
      const olga = await customer("olga@other.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const other = (await ok("post", "/admin/organizations", { name: "Other", admin: { customer_id: olga.customer.id } }))
        .organization.id as string
      const buyers: { session: CustomerSession; membershipId: string }[] = []
      for (const name of ["bob", "bea", "bart", "bram"]) {
        const session = await customer(`${name}@acme.test`)
        const { membership } = await ok("post", `/admin/organizations/${acme}/members`, { customer_id: session.customer.id, role: "buyer" })
        buyers.push({ session, membershipId: membership.id })
      }
      const entitle = async (body: Record<string, unknown>, organizationId = acme) =>
        (await ok("post", `/admin/organizations/${organizationId}/entitlements`, body)).entitlement
      return { storefront, anna, olga, acme, other, buyers, entitle }
    }
    type Setup = Awaited<ReturnType<typeof setup>>

    const seats = (s: Setup, entitlementId: string) => `/store/organizations/${s.acme}/entitlements/${entitlementId}/seats`
    const assign = (s: Setup, entitlementId: string, body: unknown, as: CustomerSession = s.anna) =>
      send(api, "post", seats(s, entitlementId), { body, headers: as.headers })

    it("gives exactly the free seats when many assignments arrive at once", async () => {
      const s = await setup()
      const entitlement = await s.entitle({ kind: "subscription", title: "Fiscal Yearbook", seats: 2 })
      expect(entitlement).toEqual(expect.objectContaining({ seats: 2, used: 0, available: 2 }))
      const results = await Promise.all(
        s.buyers.map((b) => assign(s, entitlement.id, { membership_id: b.membershipId }))
      )
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 409, 409])
      expect(results.find((r) => r.status === 409)!.data.message).toBe("All seats are taken (2/2)")
      const list = await send(api, "get", `/store/organizations/${s.acme}/entitlements`, { headers: s.anna.headers })
      expect(list.data.entitlements[0]).toEqual(expect.objectContaining({ used: 2, available: 0 }))
      // The same member twice: 409 as well.
      const holder = results.find((r) => r.status === 200)!.data.seat.membership_id
      const again = await assign(s, entitlement.id, { membership_id: holder })
      expect(again.status).toBe(409)
    })

    it("an unlimited entitlement takes everybody", async () => {
      const s = await setup()
      const entitlement = await s.entitle({ kind: "subscription", title: "Open library", seats: "unlimited" })
      const results = await Promise.all(s.buyers.map((b) => assign(s, entitlement.id, { membership_id: b.membershipId })))
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200])
      const list = await send(api, "get", `/store/organizations/${s.acme}/entitlements`, { headers: s.anna.headers })
      expect(list.data.entitlements[0]).toEqual(expect.objectContaining({ seats: null, used: 4, available: null }))
    })

    it("shows a member the publications they hold while the subscription runs, and e-mails them", async () => {
      const s = await setup()
      const [product] = await createCatalogue(getContainer(), [{ title: "Extenso", handle: "extenso", price: 100 }], [s.storefront.salesChannelId])
      const entitlement = await s.entitle({
        kind: "subscription",
        title: "Extenso",
        seats: 5,
        product_variant_id: product.variants[0].id,
      })
      const bob = s.buyers[0]
      const library = () => send(api, "get", `/store/organizations/${s.acme}/library`, { headers: bob.session.headers })
      expect((await library()).data.publications).toEqual([])
      expect((await assign(s, entitlement.id, { membership_id: bob.membershipId })).status).toBe(200)
      const [mail] = await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-seat-assigned" })
      expect(mail.data).toEqual(expect.objectContaining({ title: "Extenso", organization_name: "Acme" }))
      expect((await library()).data.publications).toEqual([
        expect.objectContaining({ entitlement_id: entitlement.id, product: expect.objectContaining({ handle: "extenso" }) }),
      ])
      // Another buyer without a seat sees nothing; Bob sees only his own seat on the entitlement.
      expect((await send(api, "get", `/store/organizations/${s.acme}/library`, { headers: s.buyers[1].session.headers })).data.count).toBe(0)
      const mine = await send(api, "get", `/store/organizations/${s.acme}/entitlements`, { headers: bob.session.headers })
      expect(mine.data.entitlements).toHaveLength(1)
      expect(mine.data.entitlements[0].assignments).toEqual([expect.objectContaining({ membership_id: bob.membershipId })])
      // Expired: gone from the library.
      await ok("post", `/admin/organizations/${s.acme}/entitlements/${entitlement.id}`, { ends_at: new Date(Date.now() - 1000).toISOString() })
      expect((await library()).data.publications).toEqual([])
    })

    it("frees a removed member's seats, and a seat by hand", async () => {
      const s = await setup()
      const entitlement = await s.entitle({ kind: "subscription", title: "Fiscal Yearbook", seats: 2 })
      const [bob, bea] = s.buyers
      await assign(s, entitlement.id, { membership_id: bob.membershipId })
      const beaSeat = (await assign(s, entitlement.id, { membership_id: bea.membershipId })).data.seat
      await ok("delete", `/admin/organizations/${s.acme}/members/${bob.membershipId}`)
      const used = () =>
        send(api, "get", `/store/organizations/${s.acme}/entitlements`, { headers: s.anna.headers }).then(
          (r) => r.data.entitlements[0].used as number
        )
      expect(await waitFor(used, (n) => n === 1)).toBe(1)
      const freed = await send(api, "delete", `${seats(s, entitlement.id)}/${beaSeat.id}`, { headers: s.anna.headers })
      expect(freed.data).toEqual({ id: beaSeat.id, object: "seat", deleted: true })
      expect(await used()).toBe(0)
    })

    it("trainings take outside participants; subscriptions do not", async () => {
      const s = await setup()
      const training = await s.entitle({ kind: "training", title: "VAT update 2027", seats: 3 })
      const outside = await assign(s, training.id, { participant: { name: "Eva Extern", email: "Eva@Extern.test" } })
      expect(outside.status).toBe(200)
      expect(outside.data.seat).toEqual(expect.objectContaining({ participant_name: "Eva Extern", participant_email: "eva@extern.test" }))
      expect((await assign(s, training.id, { participant: { name: "Eva", email: "eva@extern.test" } })).status).toBe(409)
      const subscription = await s.entitle({ kind: "subscription", title: "Yearbook", seats: 3 })
      const refused = await assign(s, subscription.id, { participant: { name: "Eva", email: "eva@extern.test" } })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Outside participants can only be given a training seat")
    })

    it("creates entitlements from a real checkout of marked products", async () => {
      const s = await setup()
      const shop = await createShop(getContainer(), [s.storefront.salesChannelId])
      const [extenso, yearbook] = await createCatalogue(
        getContainer(),
        [
          { title: "Extenso", handle: "extenso-online", price: 100, metadata: { b2b_entitlement: "subscription", b2b_seats: 5 } },
          { title: "Yearbook", handle: "yearbook-online", price: 50, metadata: { b2b_entitlement: "subscription" } },
        ],
        [s.storefront.salesChannelId]
      )
      const address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
      const ready = await checkout(api, s.anna.headers, { ...shop, variantId: extenso.variants[0].id }, { address, complete: false })
      await send(api, "post", `/store/carts/${ready.cartId}/line-items`, {
        body: { variant_id: yearbook.variants[0].id, quantity: 2 },
        headers: s.anna.headers,
      })
      const collection = await send(api, "post", "/store/payment-collections", { body: { cart_id: ready.cartId }, headers: s.anna.headers })
      await send(api, "post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
        body: { provider_id: "pp_system_default" },
        headers: s.anna.headers,
      })
      const placed = await send(api, "post", `/store/carts/${ready.cartId}/complete`, { headers: s.anna.headers })
      expect(placed.data.type).toBe("order")

      const list = await waitFor(
        () => ok("get", `/admin/organizations/${s.acme}/entitlements`),
        (data) => data.count === 2
      )
      const byTitle = Object.fromEntries(list.entitlements.map((e: any) => [e.title, e]))
      // Extenso: its own 5 seats; the yearbook: the default 2 per copy, 2 copies.
      expect(byTitle.Extenso).toEqual(expect.objectContaining({ kind: "subscription", seats: 5, source_order_id: placed.data.order.id }))
      expect(byTitle.Yearbook.seats).toBe(4)
      const months = (new Date(byTitle.Extenso.ends_at).getTime() - new Date(byTitle.Extenso.starts_at).getTime()) / (30.4 * 86400000)
      expect(Math.round(months)).toBe(12)
    })

    it("refuses bad input and other organizations' records", async () => {
      const s = await setup()
      const entitlement = await s.entitle({ kind: "training", title: "VAT update", seats: 2 })
      const foreign = await s.entitle({ kind: "training", title: "Theirs", seats: 2 }, s.other)
      const bob = s.buyers[0]
      for (const [body, message] of [
        [{}, /exactly one of membership_id or participant/],
        [{ membership_id: bob.membershipId, participant: { name: "X", email: "x@x.test" } }, /exactly one/],
        [{ participant: { name: "X", email: "not-an-email" } }, /email/],
        [{ membership_id: bob.membershipId, seats: 3 }, /Unrecognized fields: 'seats'/],
      ] as const) {
        const response = await assign(s, entitlement.id, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      }
      expect((await assign(s, entitlement.id, { membership_id: "orgmem_unknown" })).status).toBe(404)
      const theirs = await assign(s, foreign.id, { membership_id: bob.membershipId })
      expect(theirs.status).toBe(404)
      expect(theirs.data.message).toBe(`Entitlement with id: ${foreign.id} was not found`)
      // Olga's member cannot be seated in Acme's entitlement either.
      const olgaMembership = (await ok("get", `/admin/organizations/${s.other}/members`)).memberships[0].id
      expect((await assign(s, entitlement.id, { membership_id: olgaMembership })).status).toBe(404)
      // A buyer may not hand out seats.
      const asBuyer = await assign(s, entitlement.id, { membership_id: bob.membershipId }, bob.session)
      expect(asBuyer.status).toBe(403)
      expect(asBuyer.data.message).toBe("Your account may not manage the organization's subscriptions and trainings: ask an administrator of your organization for the permission (entitlements.manage)")
      expect((await send(api, "delete", `${seats(s, entitlement.id)}/seat_unknown`, { headers: s.anna.headers })).status).toBe(404)

      expect((await admin("post", `/admin/organizations/${s.acme}/entitlements`, { kind: "book", title: "X", seats: 2 })).status).toBe(400)
      expect((await admin("post", `/admin/organizations/${s.acme}/entitlements`, { kind: "training", title: "X", seats: 0 })).status).toBe(400)
      expect((await admin("post", `/admin/organizations/${s.acme}/entitlements`, { kind: "training", title: "X", seats: 2, product_variant_id: "variant_unknown" })).status).toBe(404)
      await assign(s, entitlement.id, { membership_id: bob.membershipId })
      await assign(s, entitlement.id, { participant: { name: "Eva", email: "eva@extern.test" } })
      const shrink = await admin("post", `/admin/organizations/${s.acme}/entitlements/${entitlement.id}`, { seats: 1 })
      expect(shrink.status).toBe(409)
      expect((await admin("post", `/admin/organizations/${s.acme}/entitlements/${foreign.id}x`, { seats: 1 })).status).toBe(404)
      expect((await admin("delete", `/admin/organizations/${s.other}/entitlements/${entitlement.id}`)).status).toBe(404)
      expect((await admin("delete", `/admin/organizations/${s.acme}/entitlements/${entitlement.id}`)).status).toBe(200)
    })

    describe("seats under parallel lowering (issue 15, class 9)", () => {
      const lower = (s: Setup, entitlementId: string, to: number) =>
        admin("post", `/admin/organizations/${s.acme}/entitlements/${entitlementId}`, { seats: to })
      /** Seats and seats in use as stored. */
      const usage = async (entitlementId: string) => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `select e.seats, (select count(*)::int from entitlement_seat s where s.entitlement_id = e.id and s.deleted_at is null) as used
             from entitlement e where e.id = ?`,
          [entitlementId]
        )
        return rows[0] as { seats: number; used: number }
      }
      const expectLoweringAnswer = (response: { status: number; data: any }) => {
        expect([200, 409]).toContain(response.status)
        if (response.status === 409) expect(response.data.message).toMatch(/^\d+ seats are in use; .*\(\d+\/2\)$/)
      }

      it("never leaves more seats in use than the entitlement has, when the lowering queues behind assignments", async () => {
        const s = await setup()
        const entitlement = await s.entitle({ kind: "subscription", title: "Fiscal Yearbook", seats: 4 })
        // Hold the entitlement's row: the four assignments queue on it first, the lowering after them.
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const blocker = await knex.transaction()
        await blocker.raw("select id from entitlement where id = ? for update", [entitlement.id])
        // Postgres says who waits on a lock: the order of arrival is made, not hoped for (a slow machine once let the lowering in first).
        const waiters = async () =>
          (await knex.raw(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))
            .rows[0].n as number
        const assignments = s.buyers.map((b) => assign(s, entitlement.id, { membership_id: b.membershipId }))
        expect(await waitFor(waiters, (n) => n >= s.buyers.length)).toBe(s.buyers.length)
        const lowering = lower(s, entitlement.id, 2)
        expect(await waitFor(waiters, (n) => n > s.buyers.length)).toBe(s.buyers.length + 1)
        await blocker.commit()
        const [assigned, lowered] = await Promise.all([Promise.all(assignments), lowering])

        expect(assigned.map((r) => r.status)).toEqual([200, 200, 200, 200])
        expect(lowered.status).toBe(409)
        expect(lowered.data.message).toBe("4 seats are in use; free some before lowering to 2 (4/2)")
        expect(await usage(entitlement.id)).toEqual({ seats: 4, used: 4 })
      })

      it.each([1, 2, 3])("keeps used <= seats when assignments and a lowering race freely (run %i)", async () => {
        const s = await setup()
        const entitlement = await s.entitle({ kind: "subscription", title: "Fiscal Yearbook", seats: 4 })
        const [lowered, ...assigned] = await Promise.all([
          lower(s, entitlement.id, 2),
          ...s.buyers.map((b) => assign(s, entitlement.id, { membership_id: b.membershipId })),
        ])
        expectLoweringAnswer(lowered)
        const { seats, used } = await usage(entitlement.id)
        expect(used).toBeLessThanOrEqual(seats)
        expect(seats).toBe(lowered.status === 200 ? 2 : 4)
        expect(assigned.filter((r) => r.status === 200)).toHaveLength(used)
        expect(assigned.every((r) => r.status === 200 || r.status === 409)).toBe(true)
      })

      it("frees a seat only through its own entitlement: another entitlement's seat is 404", async () => {
        const s = await setup()
        const first = await s.entitle({ kind: "subscription", title: "Yearbook", seats: 2 })
        const second = await s.entitle({ kind: "subscription", title: "Extenso", seats: 2 })
        const foreign = await s.entitle({ kind: "subscription", title: "Theirs", seats: 2 }, s.other)
        const seat = (await assign(s, second.id, { membership_id: s.buyers[0].membershipId })).data.seat
        for (const entitlementId of [first.id, foreign.id, "ent_unknown"]) {
          const response = await send(api, "delete", `${seats(s, entitlementId)}/${seat.id}`, { headers: s.anna.headers })
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Seat with id: ${seat.id} was not found`)
        }
        expect(await usage(second.id)).toEqual({ seats: 2, used: 1 })
        const freed = await send(api, "delete", `${seats(s, second.id)}/${seat.id}`, { headers: s.anna.headers })
        expect(freed.status).toBe(200)
        expect(await usage(second.id)).toEqual({ seats: 2, used: 0 })
      })
    })
  },
})
