import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { emailsTo } from "../helpers/notifications"
import { waitFor } from "../helpers/wait"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import expireApprovals from "../../src/jobs/expire-approvals"
import remindEndingSubscriptions from "../../src/jobs/remind-ending-subscriptions"
import settleSpendingReservations from "../../src/jobs/settle-spending-reservations"

jest.setTimeout(180_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The plugin's scheduled jobs, run as Medusa's scheduler runs them (the job's default export
 * with the container; the cluster test runs them on the scheduler of two workers): approval
 * requests left undecided expire, subscriptions about to end are announced once per end date,
 * orders whose record was lost are recorded and dead spending reservations dropped. The store's defaults: 30 days for both options.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    const { ok } = client(api, () => adminHeaders)
    const sql = async (text: string, bindings: unknown[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, bindings)).rows

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })

    /** Acme: Anna (admin), Bob (buyer), Rita (requester); Other: Olga (admin). */
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
      const member = async (session: CustomerSession, role: string) =>
        (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: session.customer.id, role })).membership.id as string
      const memberships = { bob: await member(bob, "buyer"), rita: await member(rita, "requester") }
      /** A pending request for a fresh cart of Rita's, `ageDays` old. */
      const pendingRequest = async (ageDays: number) => {
        const result = await checkout(api, rita.headers, shop, { address: OFFICE, complete: false })
        expect(result.stage).toBe("ready")
        const asked = await send(api, "post", `/store/carts/${result.cartId}/approval`, { headers: rita.headers })
        expect(asked.status).toBe(200)
        const id = asked.data.approval.id as string
        await sql("update approval_request set created_at = now() - make_interval(days => ?) where id = ?", [ageDays, id])
        return { id, cartId: result.cartId! }
      }
      const entitle = async (organizationId: string, body: Record<string, unknown>) =>
        (await ok("post", `/admin/organizations/${organizationId}/entitlements`, body)).entitlement as { id: string }
      return { anna, bob, rita, olga, acme, other, memberships, pendingRequest, entitle, shop }
    }
    const approvalOf = async (s: Awaited<ReturnType<typeof setup>>, id: string) =>
      (await send(api, "get", `/store/organizations/${s.acme}/approvals/${id}`, { headers: s.rita.headers })).data.approval
    const tick = (job: typeof expireApprovals) => job(getContainer(), { scheduledFor: new Date() })

    describe("approval requests left undecided", () => {
      it("expire after 30 days, tell the requester once, and can be asked again; younger ones and decided ones stay", async () => {
        const s = await setup()
        const old = await s.pendingRequest(31)
        const young = await s.pendingRequest(29)

        await tick(expireApprovals)
        await tick(expireApprovals)
        expect(await approvalOf(s, old.id)).toEqual(expect.objectContaining({ status: "expired", comment: "No decision within 30 days" }))
        expect((await approvalOf(s, young.id)).status).toBe("pending")
        const told = await emailsTo(getContainer(), "rita@acme.test", { template: "b2b-approval-decided" })
        expect(told).toHaveLength(1)
        expect(told[0].data).toEqual(expect.objectContaining({ approval_id: old.id, status: "expired", comment: "No decision within 30 days" }))
        // The requester's organization still lists it, with its state; nobody can decide it any more.
        const late = await send(api, "post", `/store/organizations/${s.acme}/approvals/${old.id}/approve`, { body: {}, headers: s.anna.headers })
        expect(late.status).toBe(409)
        expect(late.data.code).toBe("approval_already_decided")
        // Asked again for the same cart: a new pending request, which the admin may approve.
        const again = await send(api, "post", `/store/carts/${old.cartId}/approval`, { headers: s.rita.headers })
        expect(again.status).toBe(200)
        expect(again.data.approval.status).toBe("pending")
        const approved = await send(api, "post", `/store/organizations/${s.acme}/approvals/${again.data.approval.id}/approve`, {
          body: {},
          headers: s.anna.headers,
        })
        expect(approved.status).toBe(200)
      })

      it("end decided or expired, never both, when the job and a decision race", async () => {
        const s = await setup()
        const requests = [await s.pendingRequest(40), await s.pendingRequest(40), await s.pendingRequest(40)]
        const [decisions] = await Promise.all([
          Promise.all(
            requests.map((r) =>
              send(api, "post", `/store/organizations/${s.acme}/approvals/${r.id}/approve`, { body: {}, headers: s.anna.headers })
            )
          ),
          tick(expireApprovals),
          tick(expireApprovals),
        ])
        for (const [index, decision] of decisions.entries()) {
          const stored = await approvalOf(s, requests[index].id)
          expect([200, 409]).toContain(decision.status)
          expect(stored.status).toBe(decision.status === 200 ? "approved" : "expired")
        }
        const told = await emailsTo(getContainer(), "rita@acme.test", { template: "b2b-approval-decided", atLeast: 3 })
        expect(told.map((mail) => mail.data?.approval_id).sort()).toEqual(requests.map((r) => r.id).sort())
      })
    })

    describe("subscriptions about to end", () => {
      it("are announced once per end date to each member with entitlements.manage who wants general e-mails", async () => {
        const s = await setup()
        const in10 = new Date(Date.now() + 10 * DAY_MS).toISOString()
        const ending = await s.entitle(s.acme, { kind: "subscription", title: "Fiscal Yearbook", seats: 2, ends_at: in10 })
        await s.entitle(s.acme, { kind: "subscription", title: "Later", seats: 2, ends_at: new Date(Date.now() + 60 * DAY_MS).toISOString() })
        await s.entitle(s.acme, { kind: "training", title: "Course", seats: 2, ends_at: in10 })
        await s.entitle(s.acme, { kind: "subscription", title: "Ended", seats: 2, ends_at: new Date(Date.now() - DAY_MS).toISOString() })
        const theirs = await s.entitle(s.other, { kind: "subscription", title: "Other's yearbook", seats: 1, ends_at: in10 })
        // Bob (buyer) is given entitlements.manage; Rita (requester) is not.
        await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { grants: ["entitlements.manage"] })

        // Three workers' ticks at once: each subscription is claimed by one.
        await Promise.all([tick(remindEndingSubscriptions), tick(remindEndingSubscriptions), tick(remindEndingSubscriptions)])
        await tick(remindEndingSubscriptions)
        const toAnna = await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-subscription-ending" })
        expect(toAnna).toHaveLength(1)
        expect(toAnna[0].data).toEqual(
          expect.objectContaining({
            title: "Fiscal Yearbook",
            organization_name: "Acme",
            ends_at: in10,
            days_left: 10,
            url: `http://localhost:8000/account/${s.acme}/subscriptions`,
          })
        )
        expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-subscription-ending" })).toHaveLength(1)
        expect(await emailsTo(getContainer(), "rita@acme.test", { template: "b2b-subscription-ending", atLeast: 0, timeoutMs: 500 })).toEqual([])
        const toOlga = await emailsTo(getContainer(), "olga@other.test", { template: "b2b-subscription-ending" })
        expect(toOlga.map((mail) => mail.data?.title)).toEqual(["Other's yearbook"])
        expect((await sql("select ending_reminded_for from entitlement where id = ?", [theirs.id]))[0].ending_reminded_for).not.toBeNull()

        // Extended, then close to its new end: announced again, once.
        const in20 = new Date(Date.now() + 20 * DAY_MS).toISOString()
        await ok("post", `/admin/organizations/${s.acme}/entitlements/${ending.id}`, { ends_at: in20 })
        await tick(remindEndingSubscriptions)
        await tick(remindEndingSubscriptions)
        const again = await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-subscription-ending", atLeast: 2 })
        expect(again.map((mail) => mail.data?.ends_at)).toEqual([in20, in10])

        // A member who turned general e-mails off is not written to.
        await send(api, "post", `/store/organizations/${s.acme}/me`, {
          body: { notification_preferences: { general: false } },
          headers: s.bob.headers,
        })
        const in25 = new Date(Date.now() + 25 * DAY_MS).toISOString()
        await ok("post", `/admin/organizations/${s.acme}/entitlements/${ending.id}`, { ends_at: in25 })
        await tick(remindEndingSubscriptions)
        expect(await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-subscription-ending", atLeast: 3 })).toHaveLength(3)
        expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-subscription-ending", atLeast: 3, timeoutMs: 1000 })).toHaveLength(2)
      })
    })

    it("settles reservations: an order whose record was lost is recorded for its member, dead ones go, live ones stay", async () => {
      const s = await setup()
      const insert = (cartId: string, { age, expires }: { age: string; expires: string }) =>
        sql(
          `insert into spending_reservation (id, cart_id, organization_id, membership_id, currency_code, amount, raw_amount, approved, held, expires_at, created_at)
           values (?, ?, ?, ?, 'eur', 10, '{"value":"10","precision":20}', false, true, now() + ?::interval, now() - ?::interval)`,
          [`spres_${cartId}`, cartId, s.acme, s.memberships.bob, expires, age]
        )
      await insert("cart_dead", { age: "10 minutes", expires: "-5 minutes" })
      await insert("cart_live", { age: "0 minutes", expires: "5 minutes" })
      await insert("cart_slow", { age: "1 minute", expires: "4 minutes" })

      // Bob's order, whose server died after Medusa's order and before `order.placed`: no record, its reservation left.
      const placed = await checkout(api, s.bob.headers, s.shop, { address: OFFICE })
      const orderId = placed.response.data.order.id as string
      const recordOf = () => sql("select membership_id, organization_id from organization_order where order_id = ? and deleted_at is null", [orderId])
      expect(await waitFor(recordOf, (rows) => rows.length === 1)).toHaveLength(1)
      await sql("delete from organization_order where order_id = ?", [orderId])
      await sql("delete from b2b_organization_order_order where order_id = ?", [orderId])
      await insert(placed.cartId!, { age: "10 minutes", expires: "-5 minutes" })
      // Bob's next order, whose server died between its record and the ledger's: recorded, its spend not yet.
      const ledgerOf = (id: string) => sql("select membership_id, amount::float as amount from spending_record where order_id = ? and deleted_at is null", [id])
      const second = await checkout(api, s.bob.headers, s.shop, { address: OFFICE })
      const secondId = second.response.data.order.id as string
      expect(await waitFor(() => ledgerOf(secondId), (rows) => rows.length === 1)).toHaveLength(1)
      await sql("delete from spending_record where order_id in (?, ?)", [orderId, secondId])
      await insert(second.cartId!, { age: "10 minutes", expires: "-5 minutes" })

      // Twice, and twice at once: each order's spend is recorded once.
      await settleSpendingReservations(getContainer(), { scheduledFor: new Date() })
      await Promise.all([1, 2].map(() => settleSpendingReservations(getContainer(), { scheduledFor: new Date() })))
      expect(await recordOf()).toEqual([{ membership_id: s.memberships.bob, organization_id: s.acme }])
      // The first as its (test-made) reservation verified it, the second as its record says.
      for (const [id, total] of [
        [orderId, 10],
        [secondId, second.response.data.order.total],
      ]) {
        expect(await ledgerOf(id)).toEqual([{ membership_id: s.memberships.bob, amount: Number(total) }])
      }
      const left = await sql("select cart_id from spending_reservation where cart_id in (?, ?, ?, ?, ?) order by cart_id", [
        "cart_dead",
        "cart_live",
        "cart_slow",
        placed.cartId,
        second.cartId,
      ])
      expect(left.map((row: any) => row.cart_id)).toEqual(["cart_live", "cart_slow"])
      // Bob's organization lists the order once.
      const orders = await send(api, "get", `/store/organizations/${s.acme}/orders`, { headers: s.anna.headers })
      expect(orders.data.orders.filter((order: any) => order.order_id === orderId || order.id === orderId)).toHaveLength(1)
    })
  },
})
