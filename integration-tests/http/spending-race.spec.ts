import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(240_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
// One cart: the 80 guide plus 7.95 shipping (integration-tests/helpers/checkout.ts).
const CART_TOTAL = 87.95

/**
 * Class 2 of issue 15: spending limits hold under parallel completions. Carts are prepared
 * first, then all completions are fired at once, so they really overlap in the check.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { ok } = client(api, () => adminHeaders)

    /** Acme (admin Anna) with `buyers` buyers, each with the given spending limit. */
    async function setup(buyers: number, spendingLimit: number) {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const members: { session: CustomerSession; membershipId: string }[] = []
      for (let i = 0; i < buyers; i++) {
        const session = await createCustomerSession(api, storefront.key, `buyer${i}@acme.test`)
        const { membership } = await ok("post", `/admin/organizations/${acme}/members`, {
          customer_id: session.customer.id,
          role: "buyer",
          spending_limit: { eur: spendingLimit },
        })
        members.push({ session, membershipId: membership.id })
      }
      return { shop, acme, members }
    }

    /**
     * `count` carts ready to complete. The first alone: it creates the customer's account
     * holder at Medusa's payment provider, which parallel first payments would race for.
     */
    async function readyCarts(shop: Shop, session: CustomerSession, count: number) {
      const ready = async () => {
        const result = await checkout(api, session.headers, shop, { address: OFFICE, complete: false })
        if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
        return result.cartId!
      }
      const first = await ready()
      return [first, ...(await Promise.all(Array.from({ length: count - 1 }, ready)))]
    }

    const complete = (session: CustomerSession, cartId: string) =>
      send(api, "post", `/store/carts/${cartId}/complete`, { headers: session.headers })

    /** What the organization recorded per membership, once the `order.placed` subscriber wrote it all. */
    async function recordedSpend(expectedOrders: number) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const read = async () =>
        (
          await knex.raw(
            `select membership_id, count(*)::int as orders, sum(total)::float as spent
               from organization_order where deleted_at is null group by membership_id`
          )
        ).rows as { membership_id: string; orders: number; spent: number }[]
      return waitFor(read, (rows) => rows.reduce((n, r) => n + r.orders, 0) >= expectedOrders)
    }

    async function openReservations() {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const read = async () => (await knex.raw("select count(*)::int as n from spending_reservation")).rows[0].n as number
      return waitFor(read, (n) => n === 0)
    }

    async function ledger() {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (
        await knex.raw(
          `select membership_id, count(*)::int as orders, sum(amount)::float as spent
             from spending_record where deleted_at is null and order_status <> 'canceled' group by membership_id order by membership_id`
        )
      ).rows as { membership_id: string; orders: number; spent: number }[]
    }

    it("20 parallel completions of one buyer's carts place exactly the orders that fit the limit", async () => {
      // Three carts fit in 3.5 carts' worth, the fourth does not.
      const limit = Math.round(CART_TOTAL * 3.5 * 100) / 100
      const s = await setup(1, limit)
      const [bob] = s.members
      const carts = await readyCarts(s.shop, bob.session, 20)

      const responses = await Promise.all(carts.map((cartId) => complete(bob.session, cartId)))

      const orders = responses.filter((r) => r.status === 200 && r.data.type === "order")
      const refused = responses.filter((r) => r.status !== 200)
      expect(orders).toHaveLength(3)
      expect(refused).toHaveLength(17)
      for (const response of refused) {
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("spending_limit_exceeded")
      }
      const [row] = await recordedSpend(3)
      expect(row).toEqual({ membership_id: bob.membershipId, orders: 3, spent: expect.any(Number) })
      expect(row.spent).toBeLessThanOrEqual(limit)
      // Every reservation became recorded spend or was released with its failed completion.
      expect(await openReservations()).toBe(0)
      // The approval module's ledger holds the same spend as the organization's order records.
      expect(await ledger()).toEqual([{ membership_id: bob.membershipId, orders: 3, spent: row.spent }])
    })

    it("20 parallel completions of four buyers' carts: each buyer gets exactly the orders that fit", async () => {
      const limit = Math.round(CART_TOTAL * 2.5 * 100) / 100
      const s = await setup(4, limit)
      const carts = (
        await Promise.all(s.members.map(async (member) => (await readyCarts(s.shop, member.session, 5)).map((id) => ({ member, id }))))
      ).flat()

      const responses = await Promise.all(carts.map(({ member, id }) => complete(member.session, id)))

      const placedBy = new Map<string, number>()
      responses.forEach((response, i) => {
        if (response.status === 200 && response.data.type === "order") {
          const id = carts[i].member.membershipId
          placedBy.set(id, (placedBy.get(id) ?? 0) + 1)
        } else {
          expect(response.data.code).toBe("spending_limit_exceeded")
        }
      })
      expect(s.members.map((m) => placedBy.get(m.membershipId) ?? 0)).toEqual([2, 2, 2, 2])
      const rows = await recordedSpend(8)
      expect(rows).toHaveLength(4)
      for (const row of rows) {
        expect(row.orders).toBe(2)
        expect(row.spent).toBeLessThanOrEqual(limit)
      }
      expect(await openReservations()).toBe(0)
    })

    it("a completion that fails after the check releases its reservation, so the limit is not used up", async () => {
      const s = await setup(1, Math.round(CART_TOTAL * 1.5 * 100) / 100)
      const [bob] = s.members
      const [failing, next] = await readyCarts(s.shop, bob.session, 2)
      // Completion fails after the spending check (Medusa validates shipping after the
      // `validate` hook): the cart's shipping method points at an option that is gone.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw("update cart_shipping_method set shipping_option_id = 'so_gone' where cart_id = ?", [failing])
      const failed = await complete(bob.session, failing)
      expect(failed.status).toBe(400)
      expect(failed.data.message).toMatch(/shipping/)
      expect(await openReservations()).toBe(0)
      expect((await complete(bob.session, next)).data.type).toBe("order")
    })
    it("an order the merchant cancels stops counting against the member's limit", async () => {
      const s = await setup(1, Math.round(CART_TOTAL * 1.5 * 100) / 100)
      const [bob] = s.members
      const [first, second] = await readyCarts(s.shop, bob.session, 2)
      const placed = await complete(bob.session, first)
      expect(placed.data.type).toBe("order")
      await recordedSpend(1)
      const refused = await complete(bob.session, second)
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("spending_limit_exceeded")

      await ok("post", `/admin/orders/${placed.data.order.id}/cancel`)
      await waitFor(ledger, (rows) => rows.length === 0)
      expect((await complete(bob.session, second)).data.type).toBe("order")
      expect(await waitFor(ledger, (rows) => rows.length > 0)).toEqual([{ membership_id: bob.membershipId, orders: 1, spent: CART_TOTAL }])
    })

    it("the member and the merchant see how the limit stands: per currency, the ledger's spend, what is left", async () => {
      const s = await setup(1, 200)
      const [bob] = s.members
      const mine = (headers = bob.session.headers, organization = s.acme) =>
        send(api, "get", `/store/organizations/${organization}/me/spending`, { headers })
      const merchants = (organization = s.acme, membership = bob.membershipId) =>
        send(api, "get", `/admin/organizations/${organization}/members/${membership}/spending`, { headers: adminHeaders })

      const before = await mine()
      expect(before.status).toBe(200)
      expect(before.data.spending).toEqual({
        membership_id: bob.membershipId,
        period: "month",
        since: expect.any(String),
        limits: [{ currency_code: "eur", limit: 200, spent: 0, remaining: 200 }],
      })
      expect(new Date(before.data.spending.since).getTime()).toBeLessThanOrEqual(Date.now())

      // A limit in two currencies; the organization's policy counts per quarter.
      await ok("post", `/admin/organizations/${s.acme}/members/${bob.membershipId}`, { spending_limit: { eur: 200, usd: 300 } })
      await ok("post", `/admin/organizations/${s.acme}/approval-policy`, { period: "quarter" })
      const placed = await checkout(api, bob.session.headers, s.shop, { address: OFFICE })
      expect(placed.response.data.type).toBe("order")
      await waitFor(ledger, (rows) => rows.length === 1)
      const after = (await mine()).data.spending
      expect(after.period).toBe("quarter")
      expect(after.limits).toEqual([
        { currency_code: "eur", limit: 200, spent: CART_TOTAL, remaining: 112.05 },
        { currency_code: "usd", limit: 300, spent: 0, remaining: 300 },
      ])
      expect((await merchants()).data).toEqual({ spending: after })

      // The merchant cancels the order: its spend stops counting, here as at checkout.
      await ok("post", `/admin/orders/${placed.response.data.order.id}/cancel`)
      await waitFor(ledger, (rows) => rows.length === 0)
      expect((await mine()).data.spending.limits[0]).toEqual({ currency_code: "eur", limit: 200, spent: 0, remaining: 200 })

      // Without a limit: nothing to list.
      const anna = (await ok("get", `/admin/organizations/${s.acme}/members?limit=50`)).memberships.find(
        (m: any) => m.role === "admin"
      )
      expect((await merchants(s.acme, anna.id)).data.spending.limits).toEqual([])

      // Nobody else's: another organization's member, the other organization in the path, anonymous, deactivated.
      const storefront = await createStorefront(getContainer(), "Other webshop", { organizationCarts: true })
      const olga = await createCustomerSession(api, storefront.key, "olga@other.test")
      const other = (await ok("post", "/admin/organizations", { name: "Other", admin: { customer_id: olga.customer.id } })).organization
        .id as string
      expect((await mine(olga.headers)).status).toBe(404)
      expect((await merchants(other)).status).toBe(404)
      expect((await merchants(s.acme, "orgmem_unknown")).status).toBe(404)
      const anonymous = await send(api, "get", `/store/organizations/${s.acme}/me/spending`, {
        headers: { "x-publishable-api-key": bob.session.headers["x-publishable-api-key"] },
      })
      expect(anonymous.status).toBe(401)
      await ok("post", `/admin/organizations/${s.acme}/members/${bob.membershipId}`, { status: "deactivated" })
      expect((await mine()).status).toBe(403)
    })
  },
})
