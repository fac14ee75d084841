import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import { APPROVAL_MODULE } from "../../src/modules/approval"
import type ApprovalModuleService from "../../src/modules/approval/service"
import { decideApprovalWorkflow, requestCartApprovalWorkflow, type ApprovalActor } from "../../src/workflows/approval"

jest.setTimeout(240_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

/**
 * The exported approval workflows called from a merchant's own code, without the HTTP layer:
 * they refuse what the store routes refuse, with the same codes, and write nothing then.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let adminUserId: string
    const { ok } = client(api, () => adminHeaders)

    beforeAll(async () => {
      ;({
        headers: adminHeaders,
        user: { id: adminUserId },
      } = await createAdminSession(getContainer(), api))
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
      await ok("post", "/admin/organizations", { name: "Other", admin: { customer_id: olga.customer.id } })
      const member = async (session: CustomerSession, role: string) =>
        (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: session.customer.id, role })).membership
          .id as string
      const memberships = { bob: await member(bob, "buyer"), rita: await member(rita, "requester") }
      const readyCart = async (session: CustomerSession) => {
        const result = await checkout(api, session.headers, shop, { address: OFFICE, complete: false })
        if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage}`)
        return result.cartId!
      }
      return { anna, bob, rita, olga, acme, memberships, readyCart }
    }

    const as = (session: CustomerSession): ApprovalActor => ({ type: "member", customer_id: session.customer.id })
    const approvals = () => getContainer().resolve<ApprovalModuleService>(APPROVAL_MODULE)

    /** The refusal a workflow run ended with: its code, or its type for an uncoded one. */
    function refusalOf(result: { errors?: { error?: { code?: string; type?: string; message?: string } }[] }) {
      const error = result.errors?.[0]?.error
      expect(error).toBeDefined()
      return error?.code ?? error?.type
    }

    async function request(actor: ApprovalActor, cartId: string) {
      return requestCartApprovalWorkflow(getContainer()).run({ input: { cart_id: cartId, actor }, throwOnError: false })
    }
    async function decide(actor: ApprovalActor, approvalId: string, decision: "approved" | "rejected" = "approved") {
      return decideApprovalWorkflow(getContainer()).run({
        input: { approval_id: approvalId, decision, actor },
        throwOnError: false,
      })
    }
    const stored = async (approvalId: string) => {
      const [row] = await approvals().listApprovalRequests({ id: approvalId })
      return { status: row.status, decided_by: row.decided_by, decided_at: row.decided_at }
    }
    const UNDECIDED = { status: "pending", decided_by: null, decided_at: null }

    /** Rita's cart, sent for approval through the workflow. */
    async function ritasRequest(s: Awaited<ReturnType<typeof setup>>) {
      const cartId = await s.readyCart(s.rita)
      const { result, errors } = await request(as(s.rita), cartId)
      expect(errors ?? []).toEqual([])
      return { cartId, id: result.id as string, request: result }
    }

    it("a request works out its own reasons, fingerprint and total from the cart and the actor", async () => {
      const s = await setup()
      const { cartId, request } = await ritasRequest(s)
      expect(request).toEqual(
        expect.objectContaining({
          cart_id: cartId,
          organization_id: s.acme,
          requested_by: s.memberships.rita,
          requester_customer_id: s.rita.customer.id,
          currency_code: "eur",
          total: expect.any(Number),
          reasons: ["you may request orders, not place them"],
          fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        })
      )
      expect(await stored(request.id)).toEqual(UNDECIDED)
    })

    it("refuses a request for a cart that needs no approval, and writes nothing", async () => {
      const s = await setup()
      const cartId = await s.readyCart(s.bob)
      expect(refusalOf(await request(as(s.bob), cartId))).toBe("approval_not_required")
      expect(await approvals().listApprovalRequests({ cart_id: cartId })).toEqual([])
    })

    it("refuses a request for another member's cart, and by the merchant", async () => {
      const s = await setup()
      const cartId = await s.readyCart(s.rita)
      expect(refusalOf(await request(as(s.bob), cartId))).toBe("cart_member_only")
      expect(refusalOf(await request({ type: "merchant", user_id: adminUserId }, cartId))).toBe("cart_member_only")
      expect(await approvals().listApprovalRequests({ cart_id: cartId })).toEqual([])
    })

    it("refuses a requester approving her own request, also with orders.approve granted", async () => {
      const s = await setup()
      const { id } = await ritasRequest(s)
      expect(refusalOf(await decide(as(s.rita), id))).toBe("permission_required")
      await ok("post", `/admin/organizations/${s.acme}/members/${s.memberships.rita}`, { grants: ["orders.approve"] })
      expect(refusalOf(await decide(as(s.rita), id))).toBe("self_approval_forbidden")
      expect(await stored(id)).toEqual(UNDECIDED)
    })

    it("refuses a buyer without orders.approve", async () => {
      const s = await setup()
      const { id } = await ritasRequest(s)
      const result = await decide(as(s.bob), id, "rejected")
      expect(refusalOf(result)).toBe("permission_required")
      expect(result.errors?.[0]?.error?.message).toBe("Your account may not approve the organization's orders: ask an administrator of your organization for the permission (orders.approve)")
      expect(await stored(id)).toEqual(UNDECIDED)
    })

    it("refuses another organization's member, as an unknown request", async () => {
      const s = await setup()
      const { id } = await ritasRequest(s)
      expect(refusalOf(await decide(as(s.olga), id))).toBe("not_found")
      expect(refusalOf(await decide(as(s.olga), "apprq_unknown"))).toBe("not_found")
      expect(await stored(id)).toEqual(UNDECIDED)
    })

    it("decides once: a second decision, the member's or the merchant's, is refused and changes nothing", async () => {
      const s = await setup()
      const { id } = await ritasRequest(s)
      const first = await decide(as(s.anna), id, "approved")
      expect(first.errors ?? []).toEqual([])
      const decided = await stored(id)
      expect(decided).toEqual({ status: "approved", decided_by: expect.any(String), decided_at: expect.any(Date) })
      expect(refusalOf(await decide(as(s.anna), id, "rejected"))).toBe("approval_already_decided")
      expect(refusalOf(await decide({ type: "merchant", user_id: adminUserId }, id, "rejected"))).toBe(
        "approval_already_decided"
      )
      expect(await stored(id)).toEqual(decided)
    })

    it("a request keeps the cart as asked; a decision after the cart changed is refused (approval_stale) and writes nothing", async () => {
      const s = await setup()
      const { cartId, id, request } = await ritasRequest(s)
      expect(request.snapshot).toEqual(
        expect.objectContaining({ id: cartId, currency_code: "eur", total: request.total, items: [expect.objectContaining({ quantity: 1 })] })
      )
      const { data } = await send(api, "get", `/store/carts/${cartId}`, { headers: s.rita.headers })
      await send(api, "post", `/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { body: { quantity: 4 }, headers: s.rita.headers })
      expect(refusalOf(await decide(as(s.anna), id))).toBe("approval_stale")
      expect(refusalOf(await decide({ type: "merchant", user_id: adminUserId }, id, "rejected"))).toBe("approval_stale")
      expect(await stored(id)).toEqual(UNDECIDED)
    })

    it("the merchant decides any organization's request", async () => {
      const s = await setup()
      const { id } = await ritasRequest(s)
      const { result, errors } = await decideApprovalWorkflow(getContainer()).run({
        input: { approval_id: id, decision: "rejected", note: "Not this quarter", actor: { type: "merchant", user_id: adminUserId } },
        throwOnError: false,
      })
      expect(errors ?? []).toEqual([])
      expect(result).toEqual(
        expect.objectContaining({ status: "rejected", decided_by: adminUserId, decided_by_type: "merchant", comment: "Not this quarter" })
      )
    })
  },
})
