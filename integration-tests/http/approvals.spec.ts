import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { waitFor } from "../helpers/wait"
import { emailsTo } from "../helpers/notifications"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let adminUserId: string
    beforeAll(async () => {
      ;({
        headers: adminHeaders,
        user: { id: adminUserId },
      } = await createAdminSession(getContainer(), api))
    })

    const { ok } = client(api, () => adminHeaders)

    /** Acme: Anna (admin, approves), Bob (buyer), Rita (requester); Other: Olga (admin). */
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
        "This order needs your organization's approval (you may request orders, not place them): send the cart for approval, then place the order once it is approved"
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
      expect(pending.data.message).toMatch(/waits for your organization's approval/)

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
      expect(rejected.data.message).toMatch(/did not approve this order/)
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
      expect(changed.data.message).toBe("The cart changed after it was approved: send it for approval again")

      const second = await askApproval(s.rita, cartId)
      expect(second.data.approval.total).toBeGreaterThan(first.data.approval.total)
      const list = await send(api, "get", `/store/organizations/${s.acme}/approvals?cart_id=${cartId}`, {
        headers: s.anna.headers,
      })
      // The first approval is no longer what counts: superseded, not a second "approved".
      expect(list.data.approvals.map((a: any) => a.status).sort()).toEqual(["pending", "superseded"])
      // A third request expires the open one.
      await askApproval(s.rita, cartId)
      const statuses = (await send(api, "get", `/store/organizations/${s.acme}/approvals?cart_id=${cartId}`, { headers: s.anna.headers }))
        .data.approvals.map((a: any) => a.status)
      expect(statuses.sort()).toEqual(["expired", "pending", "superseded"])
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
      expect(own.data.message).toBe("Your account may not approve the organization's orders: ask an administrator of your organization for the permission (orders.approve)")
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
      expect(refused.data.message).toMatch(/above the organization's approval threshold of €50\.00/)
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
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { spending_limit: { eur: 150 } })
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
      expect(second.response.data.message).toMatch(/€87\.95 already spent this month, the total of €87\.95 is above your spending limit of €150\.00 per month/)
      // An admin without a limit places the same order directly.
      expect((await checkout(api, s.anna.headers, s.shop, { address: OFFICE })).stage).toBe("order")
    })

    it("refuses approval requests for carts that are not the caller's organization cart, and bad input", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      // Another customer, or nobody, asking for Rita's cart: as for an unknown cart (issue 25, item 14).
      expect((await askApproval(s.bob, cartId)).status).toBe(404)
      const anonymous = await send(api, "post", `/store/carts/${cartId}/approval`, {
        headers: { "x-publishable-api-key": s.storefront.key },
      })
      expect(anonymous.status).toBe(404)
      expect(anonymous.data.message).toBe(`Cart with id: ${cartId} was not found`)
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
    const merchantDecides = (approvalId: string, decision: "approve" | "reject", body: unknown = {}) =>
      send(api, "post", `/admin/approvals/${approvalId}/${decision}`, { body, headers: adminHeaders })

    it("a one-admin organization: the admin's own request is decided by the merchant; a second decision is 409", async () => {
      const s = await setup()
      await ok("post", `/admin/organizations/${s.acme}/approval-policy`, { threshold: 50, currency_code: "EUR" })
      // Anna is Acme's only approver: the policy says so, for the drawer's warning.
      expect((await ok("get", `/admin/organizations/${s.acme}/approval-policy`)).approvers).toBe(1)
      const cartId = await readyCart(s, s.anna)
      const id = (await askApproval(s.anna, cartId)).data.approval.id
      const self = await decide(s, s.anna, id, "approve")
      expect({ status: self.status, code: self.data.code }).toEqual({ status: 403, code: "self_approval_forbidden" })

      const approved = await merchantDecides(id, "approve", { comment: "Approved by the shop" })
      expect(approved.status).toBe(200)
      expect(approved.data.approval).toEqual(
        expect.objectContaining({
          status: "approved",
          decided_by: adminUserId,
          decided_by_type: "merchant",
          comment: "Approved by the shop",
          decider: { type: "merchant", id: adminUserId, email: "admin@example.com", first_name: null, last_name: null },
        })
      )
      // The requester is e-mailed the decision as for a member's.
      const [mail] = await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-approval-decided" })
      expect(mail.data).toEqual(expect.objectContaining({ approval_id: id, status: "approved", comment: "Approved by the shop" }))

      // Once: the merchant again, or a member, gets 409 with the code.
      for (const again of [await merchantDecides(id, "reject"), await decide(s, s.anna, id, "reject")]) {
        expect(again.status).toBe(409)
        expect(again.data).toEqual({ type: "conflict", code: "approval_already_decided", message: `Approval ${id} is already approved` })
      }
      expect((await complete(s.anna, cartId)).data.type).toBe("order")

      // The detail: cart lines, who asked, who decided; the store sees the merchant only as such.
      const { approval } = await ok("get", `/admin/approvals/${id}`)
      expect(approval.cart).toEqual(
        expect.objectContaining({
          id: cartId,
          currency_code: "eur",
          total: expect.any(Number),
          subtotal: expect.any(Number),
          shipping_total: expect.any(Number),
          tax_total: expect.any(Number),
          items: [
            expect.objectContaining({ id: expect.any(String), title: expect.any(String), quantity: 1, unit_price: expect.any(Number), total: expect.any(Number) }),
          ],
        })
      )
      expect(approval.requester).toEqual({
        membership_id: approval.requested_by,
        customer_id: s.anna.customer.id,
        email: "anna@acme.test",
        first_name: expect.anything(),
        last_name: expect.anything(),
      })
      const store = await send(api, "get", `/store/organizations/${s.acme}/approvals/${id}`, { headers: s.anna.headers })
      expect(store.status).toBe(200)
      expect(store.data.approval.decider).toEqual({ type: "merchant", id: null, email: null, first_name: null, last_name: null })
      expect(store.data.approval.cart.items).toHaveLength(1)
      expect(JSON.stringify(store.data)).not.toContain("admin@example.com")
      // A second approver makes two.
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.bob}`, { grants: ["orders.approve"] })
      expect((await ok("get", `/admin/organizations/${s.acme}/approval-policy`)).approvers).toBe(2)
    })

    it("merchant and members deciding in parallel: one decision, the others 409 approval_already_decided", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const id = (await askApproval(s.rita, cartId)).data.approval.id
      const results = await Promise.all([
        merchantDecides(id, "reject", { comment: "no" }),
        decide(s, s.anna, id, "approve"),
        merchantDecides(id, "approve"),
        decide(s, s.anna, id, "reject"),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409])
      for (const refused of results.filter((r) => r.status === 409)) expect(refused.data.code).toBe("approval_already_decided")
      const winner = results.find((r) => r.status === 200)!.data.approval
      const { approval } = await ok("get", `/admin/approvals/${id}`)
      expect({ status: approval.status, decided_by_type: approval.decided_by_type }).toEqual({
        status: winner.status,
        decided_by_type: winner.decided_by_type,
      })
      // A member's decision names the member, in the admin and in the store.
      if (winner.decided_by_type === "member") {
        expect(approval.decider).toEqual(expect.objectContaining({ type: "member", id: approval.decided_by, email: "anna@acme.test" }))
      }
    })

    it("the merchant's decision routes: bad input 400 naming the field, unknown id 404, no admin 401; members see its outcome", async () => {
      const s = await setup()
      const cartId = await readyCart(s, s.rita)
      const id = (await askApproval(s.rita, cartId)).data.approval.id
      const long = await merchantDecides(id, "reject", { comment: "x".repeat(2001) })
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/comment/)
      expect((await merchantDecides("apprq_unknown", "approve")).status).toBe(404)
      const anonymous = await send(api, "post", `/admin/approvals/${id}/approve`, { body: {} })
      expect(anonymous.status).toBe(401)
      // A customer's token is no admin's.
      expect((await send(api, "post", `/admin/approvals/${id}/approve`, { body: {}, headers: s.anna.headers })).status).toBe(401)
      expect((await merchantDecides(id, "reject", { comment: "Too much" })).status).toBe(200)
      const seen = await send(api, "get", `/store/organizations/${s.acme}/approvals/${id}`, { headers: s.rita.headers })
      expect(seen.data.approval).toEqual(expect.objectContaining({ status: "rejected", comment: "Too much", decided_by_type: "merchant" }))
      const refused = await complete(s.rita, cartId)
      expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 400, code: "approval_rejected" })
      // Another organization's member does not read it.
      expect((await send(api, "get", `/store/organizations/${s.other}/approvals/${id}`, { headers: s.olga.headers })).status).toBe(404)
    })
  },
})
