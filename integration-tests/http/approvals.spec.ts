import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { emailsTo } from "../helpers/notifications"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })

    const { ok } = client(api, () => adminHeaders)

    /** Acme: Anna (admin, approves), Bob (buyer), Rita (requester); Other: Olga (admin). */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop")
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
        (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: session.customer.id, role })).membership
          .id as string
      const memberships = { bob: await member(bob, "buyer"), rita: await member(rita, "requester") }
      return { storefront, shop, anna, bob, rita, olga, acme, other, memberships }
    }
    type Setup = Awaited<ReturnType<typeof setup>>

    /** A cart with one item, address and shipping, ready to complete. */
    async function readyCart(s: Setup, session: CustomerSession) {
      const result = await checkout(api, session.headers, s.shop, { address: OFFICE, complete: false })
      if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
      return result.cartId!
    }

    const complete = (session: CustomerSession, cartId: string) =>
      send(api, "post", `/store/carts/${cartId}/complete`, { headers: session.headers })
    const askApproval = (session: CustomerSession, cartId: string) =>
      send(api, "post", `/store/carts/${cartId}/approval`, { headers: session.headers })
    const decide = (s: Setup, session: CustomerSession, approvalId: string, decision: "approve" | "reject", comment?: string) =>
      send(api, "post", `/store/organizations/${s.acme}/approvals/${approvalId}/${decision}`, {
        body: comment ? { comment } : {},
        headers: session.headers,
      })

    it("a requester's order: complete without asking fails; ask, approve, complete; the order is linked", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const unasked = await complete(s.rita, cartId)
      expect(unasked.status).toBe(400)
      expect(unasked.data.message).toBe(
        "This order needs approval: you may request orders, not place them. Ask for approval first"
      )

      const asked = await askApproval(s.rita, cartId)
      expect(asked.status).toBe(200)
      expect(asked.data.approval).toEqual(
        expect.objectContaining({
          status: "pending",
          cart_id: cartId,
          organization_id: s.acme,
          requested_by: s.memberships.rita,
          reasons: ["you may request orders, not place them"],
        })
      )
      const approvalId = asked.data.approval.id
      // The approver is told; the requester is not.
      const [mail] = await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-approval-requested" })
      expect(mail.data).toEqual(expect.objectContaining({ approval_id: approvalId, requested_by: "rita@acme.test" }))

      const pending = await complete(s.rita, cartId)
      expect(pending.data.message).toMatch(/The approval is still pending/)

      const approved = await decide(s, s.anna, approvalId, "approve", "Fine, go ahead")
      expect(approved.status).toBe(200)
      expect(approved.data.approval).toEqual(
        expect.objectContaining({ status: "approved", decided_by: expect.stringMatching(/^orgmem_/), comment: "Fine, go ahead" })
      )
      const [decision] = await emailsTo(getContainer(), "rita@acme.test", { template: "b2b-approval-decided" })
      expect(decision.data).toEqual(expect.objectContaining({ status: "approved", comment: "Fine, go ahead" }))

      const placed = await complete(s.rita, cartId)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
      // The approval ends up tied to the order it allowed.
      const linked = await waitFor(
        async () => (await ok("get", `/admin/approvals/${approvalId}`)).approval,
        (approval) => !!approval.order_id
      )
      expect(linked.order_id).toBe(placed.data.order.id)
    })

    it("completing after a rejection fails", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const asked = await askApproval(s.rita, cartId)
      expect((await decide(s, s.anna, asked.data.approval.id, "reject", "Not this month")).status).toBe(200)
      const rejected = await complete(s.rita, cartId)
      expect(rejected.status).toBe(400)
      expect(rejected.data.message).toMatch(/The approval was rejected/)
    })

    it("a cart edited after approval no longer completes; a new request supersedes the old", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const first = await askApproval(s.rita, cartId)
      await decide(s, s.anna, first.data.approval.id, "approve")
      const more = await send(api, "post", `/store/carts/${cartId}/line-items`, {
        body: { variant_id: s.shop.variantId, quantity: 2 },
        headers: s.rita.headers,
      })
      expect(more.status).toBe(200)
      // A changed total needs a new payment session, as in any Medusa checkout.
      const collection = await send(api, "post", "/store/payment-collections", { body: { cart_id: cartId }, headers: s.rita.headers })
      await send(api, "post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
        body: { provider_id: "pp_system_default" },
        headers: s.rita.headers,
      })
      const changed = await complete(s.rita, cartId)
      expect(changed.status).toBe(400)
      expect(changed.data.message).toBe("The cart changed since approval; ask for approval again")

      const second = await askApproval(s.rita, cartId)
      expect(second.data.approval.total).toBeGreaterThan(first.data.approval.total)
      const list = await send(api, "get", `/store/organizations/${s.acme}/approvals?cart_id=${cartId}`, {
        headers: s.anna.headers,
      })
      expect(list.data.approvals.map((a: any) => a.status).sort()).toEqual(["approved", "pending"])
      // A third request expires the open one.
      await askApproval(s.rita, cartId)
      const statuses = (await send(api, "get", `/store/organizations/${s.acme}/approvals?cart_id=${cartId}`, { headers: s.anna.headers }))
        .data.approvals.map((a: any) => a.status)
      expect(statuses.sort()).toEqual(["approved", "expired", "pending"])
    })

    it("nobody decides another organization's request, nor their own unless they could have ordered anyway", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const asked = await askApproval(s.rita, cartId)
      const id = asked.data.approval.id
      // Olga approves in her own organization's name: the request does not exist there.
      const foreign = await send(api, "post", `/store/organizations/${s.other}/approvals/${id}/approve`, {
        body: {},
        headers: s.olga.headers,
      })
      expect(foreign.status).toBe(404)
      expect((await decide(s, s.olga, id, "approve")).status).toBe(404)
      // Rita may not approve (no orders.approve) …
      const own = await decide(s, s.rita, id, "approve")
      expect(own.status).toBe(403)
      expect(own.data.message).toBe("Missing permission: orders.approve")
      // … and with orders.approve granted still not her own request.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { grants: ["orders.approve"] })
      const self = await decide(s, s.rita, id, "approve")
      expect(self.status).toBe(403)
      expect(self.data.message).toMatch(/^You cannot approve your own request/)
      // The requester sees only her own requests; the buyer none.
      expect((await send(api, "get", `/store/organizations/${s.acme}/approvals`, { headers: s.bob.headers })).data.count).toBe(0)
      expect((await send(api, "get", `/store/organizations/${s.acme}/approvals/${id}`, { headers: s.bob.headers })).status).toBe(404)
    })

    it("decides once under parallel decisions; the others get 409", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const id = (await askApproval(s.rita, cartId)).data.approval.id
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { grants: ["orders.approve"] })
      const results = await Promise.all([
        decide(s, s.anna, id, "approve"),
        decide(s, s.bob, id, "reject"),
        decide(s, s.anna, id, "reject"),
        decide(s, s.bob, id, "approve"),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
      const { approval } = await ok("get", `/admin/approvals/${id}`)
      const winner = results.find((r) => r.status === 200)!
      expect(approval.status).toBe(winner.data.approval.status)
    })

    it("a buyer above the organization's threshold needs approval; approved, the order goes through", async () => {
      const s = await setup()
      await ok("post", `/admin/organizations/${s.acme}/approval-policy`, { threshold: 50, currency_code: "EUR" })
      const cartId = await readyCart(s, s.bob)
      const refused = await complete(s.bob, cartId)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/above the organization's approval threshold of 50 eur/)
      const id = (await askApproval(s.bob, cartId)).data.approval.id
      // Bob could not have ordered this himself, so he may not approve it either.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { grants: ["orders.approve"] })
      expect((await decide(s, s.bob, id, "approve")).status).toBe(403)
      await decide(s, s.anna, id, "approve")
      expect((await complete(s.bob, cartId)).data.type).toBe("order")
    })

    it("a buyer's spending limit adds up over the period", async () => {
      const s = await setup()
      // One order costs 80 + 7.95 shipping: the first fits in 150, the second does not.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { spending_limit: 150 })
      const first = await checkout(api, s.bob.headers, s.shop, { address: OFFICE })
      expect(first.stage).toBe("order")
      // Wait until the first order is recorded for the organization.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await waitFor(
        async () => (await knex.raw("select count(*)::int as n from organization_order")).rows[0].n as number,
        (n) => n > 0
      )
      const second = await checkout(api, s.bob.headers, s.shop, { address: OFFICE })
      expect(second.stage).toBe("complete")
      expect(second.response.status).toBe(400)
      expect(second.response.data.message).toMatch(/already spent this month, the total is above your spending limit of 150 eur/)
      // An admin without a limit places the same order directly.
      expect((await checkout(api, s.anna.headers, s.shop, { address: OFFICE })).stage).toBe("order")
    })

    it("refuses approval requests for carts that are not the caller's organization cart, and bad input", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      // Another customer, or nobody, asking for Rita's cart.
      expect((await askApproval(s.bob, cartId)).status).toBe(400)
      const anonymous = await send(api, "post", `/store/carts/${cartId}/approval`, {
        headers: { "x-publishable-api-key": s.storefront.key },
      })
      expect(anonymous.status).toBe(400)
      expect(anonymous.data.message).toBe("Only the member this organization cart belongs to can change or complete it")
      expect((await askApproval(s.rita, "cart_unknown")).status).toBe(404)
      const id = (await askApproval(s.rita, cartId)).data.approval.id
      const longComment = await decide(s, s.anna, id, "reject", "x".repeat(2001))
      expect(longComment.status).toBe(400)
      expect(longComment.data.message).toMatch(/comment/)
      expect((await send(api, "post", `/admin/organizations/${s.acme}/approval-policy`, { body: { threshold: -1 }, headers: adminHeaders })).status).toBe(400)
      const list = await ok("get", `/admin/approvals?organization_id=${s.acme}&status=pending`)
      expect(list.count).toBe(1)
      expect((await send(api, "get", "/admin/approvals/apprq_unknown", { headers: adminHeaders })).status).toBe(404)
    })
  },
})
