import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { emailsTo } from "../helpers/notifications"
import { createCustomerSession, createPublishableKey, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

// Issue 25, part C: an approval approves what was asked. Attacks from outside: the requester
// changes the cart between request, decision and completion (bait and switch), the requester's
// membership is replaced, and parallel decisions race the duplicate-company rule.

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

const accountRequest = (email: string, company = "Bakkerij Jansen") => ({
  company: {
    name: company,
    vat_number: "NL000099998B57",
    registration_number: "3456 7890",
    country_code: "NL",
    address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" },
  },
  contact: { first_name: "Jan", last_name: "Jansen", email },
})

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      storeHeaders = { "x-publishable-api-key": await createPublishableKey(getContainer()) }
    })
    const { ok, send: admin } = client(api, () => adminHeaders)

    /** Acme: Anna (admin, approves), Rita (requester). */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const rita = await createCustomerSession(api, storefront.key, "rita@acme.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const ritaMembership = (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: rita.customer.id, role: "requester" }))
        .membership.id as string
      return { shop, anna, rita, acme, ritaMembership }
    }
    type Setup = Awaited<ReturnType<typeof setup>>

    /** Rita's cart, ready to complete, with `quantity` of the one product (80 each). */
    async function readyCart(s: Setup, quantity: number) {
      const result = await checkout(api, s.rita.headers, s.shop, { address: OFFICE, complete: false })
      if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
      const cartId = result.cartId!
      await setQuantity(s, cartId, quantity)
      return cartId
    }
    /** A new payment session for the cart's current total (a changed total needs one, as in any Medusa checkout). */
    async function pay(s: Setup, cartId: string) {
      const collection = await send(api, "post", "/store/payment-collections", { body: { cart_id: cartId }, headers: s.rita.headers })
      const session = await send(api, "post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
        body: { provider_id: "pp_system_default" },
        headers: s.rita.headers,
      })
      if (session.status !== 200) throw new Error(`payment: ${session.status} ${JSON.stringify(session.data)}`)
    }
    async function setQuantity(s: Setup, cartId: string, quantity: number) {
      const { data } = await send(api, "get", `/store/carts/${cartId}`, { headers: s.rita.headers })
      const line = data.cart.items[0].id
      const changed = await send(api, "post", `/store/carts/${cartId}/line-items/${line}`, { body: { quantity }, headers: s.rita.headers })
      if (changed.status !== 200) throw new Error(`quantity: ${changed.status} ${JSON.stringify(changed.data)}`)
      return changed.data.cart
    }
    const ask = async (s: Setup, cartId: string) => {
      const asked = await send(api, "post", `/store/carts/${cartId}/approval`, { headers: s.rita.headers })
      if (asked.status !== 200) throw new Error(`ask: ${asked.status} ${JSON.stringify(asked.data)}`)
      return asked.data.approval.id as string
    }
    const decide = (s: Setup, session: CustomerSession, id: string, decision: "approve" | "reject" = "approve") =>
      send(api, "post", `/store/organizations/${s.acme}/approvals/${id}/${decision}`, { body: {}, headers: session.headers })
    const complete = async (s: Setup, cartId: string) => {
      await pay(s, cartId)
      return send(api, "post", `/store/carts/${cartId}/complete`, { headers: s.rita.headers })
    }
    const storeApproval = async (s: Setup, id: string) =>
      (await send(api, "get", `/store/organizations/${s.acme}/approvals/${id}`, { headers: s.anna.headers })).data.approval

    describe("item 7: a decision approves the cart that was asked for", () => {
      it("bait and switch: a decision on a cart changed since the request is refused (store and admin), 409 approval_stale", async () => {
        const s = await setup()
        const cartId = await readyCart(s, 10)
        const id = await ask(s, cartId)
        await setQuantity(s, cartId, 1)

        const byMember = await decide(s, s.anna, id)
        expect(byMember.status).toBe(409)
        expect(byMember.data).toEqual(expect.objectContaining({ code: "approval_stale", message: expect.stringMatching(/changed/) }))
        const byMerchant = await admin("post", `/admin/approvals/${id}/approve`, {})
        expect(byMerchant.status).toBe(409)
        expect(byMerchant.data.code).toBe("approval_stale")
        // A rejection of a changed cart is refused too: the decision would be about something else.
        expect((await decide(s, s.anna, id, "reject")).data.code).toBe("approval_stale")
        expect((await storeApproval(s, id)).status).toBe("pending")

        // Back as requested: the decision stands for exactly what was asked, and completes it.
        await setQuantity(s, cartId, 10)
        expect((await decide(s, s.anna, id)).status).toBe(200)
        const placed = await complete(s, cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.order.items[0].quantity).toBe(10)
      })

      it("store list and detail, admin list and detail and the e-mail show the requested lines, totals and address", async () => {
        const s = await setup()
        const cartId = await readyCart(s, 10)
        const id = await ask(s, cartId)
        const requested = (await storeApproval(s, id)).cart
        await setQuantity(s, cartId, 1)
        await send(api, "post", `/store/carts/${cartId}`, {
          body: { shipping_address: { first_name: "Test", last_name: "Buyer", ...OFFICE, address_1: "Elsewhere 9" } },
          headers: s.rita.headers,
        })

        const expected = expect.objectContaining({
          id: cartId,
          currency_code: "eur",
          total: 807.95,
          items: [expect.objectContaining({ title: expect.any(String), quantity: 10, unit_price: 80, total: 800 })],
          shipping_address: expect.objectContaining({ address_1: "Dorpsstraat 1", city: "Utrecht" }),
        })
        expect(requested).toEqual(expected)
        const storeDetail = await storeApproval(s, id)
        expect(storeDetail.cart).toEqual(expected)
        expect(storeDetail.cart_changed).toBe(true)
        const adminDetail = (await ok("get", `/admin/approvals/${id}`)).approval
        expect(adminDetail.cart).toEqual(expected)
        expect(adminDetail.cart_changed).toBe(true)

        const storeList = (await send(api, "get", `/store/organizations/${s.acme}/approvals`, { headers: s.anna.headers })).data
        expect(storeList.approvals[0]).toEqual(expect.objectContaining({ id, total: 807.95, snapshot: expected, cart_changed: true }))
        const adminList = (await ok("get", `/admin/approvals?cart_id=${cartId}`)).approvals
        expect(adminList[0]).toEqual(expect.objectContaining({ id, total: 807.95, snapshot: expected }))

        const [mail] = await emailsTo(getContainer(), "anna@acme.test", { template: "b2b-approval-requested" })
        expect(mail.data).toEqual(
          expect.objectContaining({
            approval_id: id,
            total: 807.95,
            items: [expect.objectContaining({ quantity: 10, total: 800 })],
            shipping_address: expect.objectContaining({ address_1: "Dorpsstraat 1" }),
          })
        )
      })

      it("an approval whose cart changed shows superseded; one order has one approved row", async () => {
        const s = await setup()
        const cartId = await readyCart(s, 2)
        const first = await ask(s, cartId)
        expect((await decide(s, s.anna, first)).status).toBe(200)
        await setQuantity(s, cartId, 3)
        // Changed after approval: no longer what was approved.
        expect((await storeApproval(s, first)).status).toBe("superseded")
        expect((await ok("get", `/admin/approvals/${first}`)).approval.status).toBe("superseded")
        expect((await complete(s, cartId)).data.code).toBe("approval_stale")

        const second = await ask(s, cartId)
        expect((await decide(s, s.anna, second)).status).toBe(200)
        const placed = await complete(s, cartId)
        expect(placed.status).toBe(200)
        const rows = (await ok("get", `/admin/approvals?cart_id=${cartId}`)).approvals
        expect(rows.map((row: { id: string; status: string }) => [row.id, row.status]).sort()).toEqual(
          [
            [first, "superseded"],
            [second, "approved"],
          ].sort()
        )
        // The stored status too: a newer request replaced the first one for good.
        expect((await ok("get", `/admin/approvals?status=approved&cart_id=${cartId}`)).approvals.map((a: { id: string }) => a.id)).toEqual([
          second,
        ])
      })
    })

    describe("item 8: an approval belongs to the membership that asked", () => {
      const replaceRita = async (s: Setup) => {
        await ok("delete", `/admin/organizations/${s.acme}/members/${s.ritaMembership}`)
        await ok("post", `/admin/organizations/${s.acme}/members`, { customer_id: s.rita.customer.id, role: "requester" })
      }

      it("removing and re-adding the requester voids an approved request: completion refuses it", async () => {
        const s = await setup()
        const cartId = await readyCart(s, 1)
        const id = await ask(s, cartId)
        expect((await decide(s, s.anna, id)).status).toBe(200)
        await replaceRita(s)
        const refused = await complete(s, cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("approval_required")
      })

      it("a pending request of a removed membership cannot be decided (store or admin), also after re-adding", async () => {
        const s = await setup()
        const cartId = await readyCart(s, 1)
        const id = await ask(s, cartId)
        await replaceRita(s)
        const byMember = await decide(s, s.anna, id)
        expect(byMember.status).toBe(409)
        expect(byMember.data.code).toBe("approval_stale")
        expect((await admin("post", `/admin/approvals/${id}/approve`, {})).data.code).toBe("approval_stale")
        // The new membership asks again and gets its own decision.
        const again = await ask(s, cartId)
        expect((await decide(s, s.anna, again)).status).toBe(200)
        expect((await complete(s, cartId)).status).toBe(200)
      })
    })

    describe("item 9: the duplicate-company rule holds in parallel and on the merchant's own create and edit", () => {
      beforeEach(async () => {
        await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
      })
      const countWithVat = async () => (await ok("get", "/admin/organizations?vat_number=NL000099998B57")).count as number

      it("two requests with the same VAT number approved in parallel make one organization", async () => {
        const ids: string[] = []
        for (const email of ["one@bakkerij.test", "two@bakkerij.test", "three@bakkerij.test"]) {
          const created = await send(api, "post", "/store/account-requests", { body: accountRequest(email), headers: storeHeaders })
          expect(created.data).toEqual(expect.objectContaining({ account_request: expect.objectContaining({ status: "pending" }) }))
          ids.push(created.data.account_request.id)
        }
        const answers = await Promise.all(ids.map((id) => admin("post", `/admin/account-requests/${id}/approve`, {})))
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
        for (const refused of answers.filter((a) => a.status === 409)) expect(refused.data.code).toBe("possible_duplicate")
        expect(await countWithVat()).toBe(1)
        // The refused requests are still pending: nothing of them was left half-written.
        const statuses = await Promise.all(ids.map(async (id) => (await ok("get", `/admin/account-requests/${id}`)).account_request.status))
        expect(statuses.sort()).toEqual(["approved", "pending", "pending"])
      })

      it("the merchant's create refuses a duplicate VAT or registration number unless allow_duplicate", async () => {
        expect((await admin("post", "/admin/organizations", { name: "Jansen BV", vat_number: "NL000099998B57", country_code: "NL" })).status).toBe(200)
        const refused = await admin("post", "/admin/organizations", { name: "Jansen Twee", vat_number: "nl 0000.99998.b57", country_code: "NL" })
        expect(refused.status).toBe(409)
        expect(refused.data).toEqual(expect.objectContaining({ code: "possible_duplicate", message: expect.stringContaining("Jansen BV") }))
        const allowed = await admin("post", "/admin/organizations", {
          name: "Jansen Twee",
          vat_number: "NL000099998B57",
          country_code: "NL",
          allow_duplicate: true,
        })
        expect(allowed.status).toBe(200)
        expect(await countWithVat()).toBe(2)

        await ok("post", "/admin/organizations", { name: "Kvk One", registration_number: "34567890", country_code: "NL" })
        const byKvk = await admin("post", "/admin/organizations", { name: "Kvk Two", registration_number: "3456 7890", country_code: "NL" })
        expect(byKvk.status).toBe(409)
        expect(byKvk.data.code).toBe("possible_duplicate")
      })

      it("parallel creates with the same VAT number make one organization", async () => {
        const answers = await Promise.all(
          [1, 2, 3].map((n) => admin("post", "/admin/organizations", { name: `Racer ${n}`, vat_number: "NL000099998B57", country_code: "NL" }))
        )
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
        expect(await countWithVat()).toBe(1)
      })

      it("the merchant's edit refuses another organization's VAT number unless allow_duplicate; its own stays editable", async () => {
        const first = (await ok("post", "/admin/organizations", { name: "Eerste", vat_number: "NL000099998B57", country_code: "NL" })).organization
        const second = (await ok("post", "/admin/organizations", { name: "Tweede", country_code: "NL" })).organization
        const refused = await admin("post", `/admin/organizations/${second.id}`, { vat_number: "NL000099998B57", country_code: "NL" })
        expect(refused.status).toBe(409)
        expect(refused.data.code).toBe("possible_duplicate")
        expect((await ok("get", `/admin/organizations/${second.id}`)).organization.vat_number).toBeNull()
        // Its own number again (or another field) is no duplicate.
        expect((await admin("post", `/admin/organizations/${first.id}`, { name: "Eerste BV", vat_number: "NL000099998B57", country_code: "NL" })).status).toBe(200)
        const allowed = await admin("post", `/admin/organizations/${second.id}`, { vat_number: "NL000099998B57", country_code: "NL", allow_duplicate: true })
        expect(allowed.status).toBe(200)
        expect(await countWithVat()).toBe(2)
        // Once allowed, editing something else of either does not ask again.
        expect((await admin("post", `/admin/organizations/${second.id}`, { name: "Tweede BV" })).status).toBe(200)
      })
    })
  },
})
