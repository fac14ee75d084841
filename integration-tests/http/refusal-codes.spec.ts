import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import type { AxiosResponse } from "axios"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"

jest.setTimeout(300_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const ELSEWHERE: Address = { address_1: "Marktplein 9", city: "Gouda", postal_code: "2801 JE", country_code: "nl" }

/**
 * Every refusal code in README's "Refusal codes" table, triggered over HTTP the way a
 * storefront or the merchant meets it, with its status and body `{ type, code, message }`
 * (also through Medusa's own cart routes and for 409s, whose code Medusa's handler drops).
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    const { ok } = client(api, () => adminHeaders)

    const expectRefusal = (response: AxiosResponse, status: number, code: string) => {
      expect({ status: response.status, code: response.data?.code }).toEqual({ status, code })
      expect(response.data).toEqual({ type: expect.any(String), code, message: expect.any(String) })
      expect(response.data.message.length).toBeGreaterThan(10)
    }

    /**
     * Acme (one location): Anna admin, Bob buyer, Rita requester, Mia buyer with
     * members.manage, Pat (pending), Dan (deactivated); Duo is in Acme and Other; Other's
     * only admin is Olga; Frozen (suspended) has Fred; Carl is in no organization.
     */
    let s: Awaited<ReturnType<typeof setup>>
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const retail = await createStorefront(getContainer(), "Retail")
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
      const customer = (email: string) => createCustomerSession(api, storefront.key, email)
      const people = {} as Record<"anna" | "bob" | "rita" | "mia" | "pat" | "dan" | "duo" | "olga" | "fred" | "carl", CustomerSession>
      for (const name of ["anna", "bob", "rita", "mia", "pat", "dan", "duo", "olga", "fred", "carl"] as const) {
        people[name] = await customer(`${name}@codes.test`)
      }
      const organization = async (name: string, admin: CustomerSession) =>
        (await ok("post", "/admin/organizations", { name, admin: { customer_id: admin.customer.id } })).organization.id as string
      const acme = await organization("Acme", people.anna)
      const other = await organization("Other", people.olga)
      const frozen = await organization("Frozen", people.fred)
      await ok("post", `/admin/organizations/${frozen}`, { status: "suspended" })
      const office = (await ok("post", `/admin/organizations/${acme}/locations`, { label: "Office", ...OFFICE })).location.id
      const member = async (organizationId: string, session: CustomerSession, role: string, change: object = {}) => {
        const { membership } = await ok("post", `/admin/organizations/${organizationId}/members`, { customer_id: session.customer.id, role })
        await ok("post", `/admin/organizations/${organizationId}/members/${membership.id}`, { location_ids: [office], ...change })
        return membership.id as string
      }
      const m = {
        bob: await member(acme, people.bob, "buyer"),
        rita: await member(acme, people.rita, "requester"),
        mia: await member(acme, people.mia, "buyer", { grants: ["members.manage"] }),
        pat: await member(acme, people.pat, "buyer"),
        dan: await member(acme, people.dan, "buyer", { status: "deactivated" }),
        duo: await member(acme, people.duo, "buyer"),
      }
      await ok("post", `/admin/organizations/${other}/members`, { customer_id: people.duo.customer.id, role: "buyer" })
      // A membership made by an account approval waits for its contact's link ("pending").
      await getContainer().resolve<any>(ORGANIZATION_MODULE).updateOrganizationMemberships({ id: m.pat, status: "pending" })
      const members = (await ok("get", `/admin/organizations/${acme}/members?limit=100`)).memberships
      const anna = members.find((x: any) => x.customer_id === people.anna.customer.id).id as string
      const olga = (await ok("get", `/admin/organizations/${other}/members`)).memberships[0].id as string
      return { storefront, retail, shop, ...people, acme, other, frozen, m: { ...m, anna, olga } }
    }

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      s = await setup()
    })

    const as = (session: CustomerSession, method: "get" | "post" | "delete", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: session.headers })
    const asMerchant = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: adminHeaders })
    const readyCart = async (session: CustomerSession, shop: Shop = s.shop) => {
      const result = await checkout(api, session.headers, shop, { address: OFFICE, complete: false })
      if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
      return result.cartId!
    }
    const complete = (session: CustomerSession, cartId: string) => as(session, "post", `/store/carts/${cartId}/complete`)
    const askApproval = (session: CustomerSession, cartId: string) => as(session, "post", `/store/carts/${cartId}/approval`)
    const decide = (session: CustomerSession, id: string, decision: "approve" | "reject") =>
      as(session, "post", `/store/organizations/${s.acme}/approvals/${id}/${decision}`, {})

    describe("checkout and approvals (through Medusa's cart routes)", () => {
      it("approval_required, approval_pending, approval_already_decided, approval_rejected", async () => {
        const cartId = await readyCart(s.rita)
        expectRefusal(await complete(s.rita, cartId), 400, "approval_required")
        const id = (await askApproval(s.rita, cartId)).data.approval.id
        expectRefusal(await complete(s.rita, cartId), 400, "approval_pending")
        expect((await decide(s.anna, id, "reject")).status).toBe(200)
        expectRefusal(await decide(s.anna, id, "approve"), 409, "approval_already_decided")
        expectRefusal(await asMerchant("post", `/admin/approvals/${id}/approve`, {}), 409, "approval_already_decided")
        expectRefusal(await complete(s.rita, cartId), 400, "approval_rejected")
      })

      it("approval_stale: the cart changed after approval", async () => {
        const cartId = await readyCart(s.rita)
        const id = (await askApproval(s.rita, cartId)).data.approval.id
        expect((await decide(s.anna, id, "approve")).status).toBe(200)
        const more = await as(s.rita, "post", `/store/carts/${cartId}/line-items`, { variant_id: s.shop.variantId, quantity: 1 })
        expect(more.status).toBe(200)
        // A changed total needs a new payment session, as in any Medusa checkout.
        const collection = await as(s.rita, "post", "/store/payment-collections", { cart_id: cartId })
        await as(s.rita, "post", `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
          provider_id: "pp_system_default",
        })
        expectRefusal(await complete(s.rita, cartId), 400, "approval_stale")
      })

      it("self_approval_forbidden: above the threshold nobody approves their own request", async () => {
        await ok("post", `/admin/organizations/${s.acme}/approval-policy`, { threshold: 50, currency_code: "EUR" })
        try {
          const cartId = await readyCart(s.anna)
          const id = (await askApproval(s.anna, cartId)).data.approval.id
          expectRefusal(await decide(s.anna, id, "approve"), 403, "self_approval_forbidden")
        } finally {
          await ok("post", `/admin/organizations/${s.acme}/approval-policy`, { threshold: null })
        }
      })

      it("spending_limit_exceeded, and spending_limit_merchant_set for the limit the shop set", async () => {
        await ok("post", `/admin/organizations/${s.acme}/members/${s.m.bob}`, { spending_limit: { eur: 1 } })
        const cartId = await readyCart(s.bob)
        expectRefusal(await complete(s.bob, cartId), 400, "spending_limit_exceeded")
        expectRefusal(
          await as(s.anna, "post", `/store/organizations/${s.acme}/members/${s.m.bob}`, { spending_limit: { eur: 500 } }),
          403,
          "spending_limit_merchant_set"
        )
        await ok("post", `/admin/organizations/${s.acme}/members/${s.m.bob}`, { spending_limit: null })
      })

      /** Anna completes while another transaction holds her spending lock (as a parallel completion would). */
      async function completeWhileSpendingLockHeld(cartId: string) {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        let response: AxiosResponse | undefined
        await knex.transaction(async (trx: any) => {
          await trx.raw("select pg_advisory_xact_lock(hashtext(?))", [`b2b-spending:${s.m.anna}`])
          response = await complete(s.anna, cartId)
        })
        return response!
      }

      it("checkout_in_progress (409): another completion of the member holds the spending lock too long", async () => {
        // Only a member with a spending limit takes the lock (without one there is nothing to hold).
        await ok("post", `/admin/organizations/${s.acme}/members/${s.m.anna}`, { spending_limit: { eur: 100_000 } })
        const cartId = await readyCart(s.anna)
        const response = await completeWhileSpendingLockHeld(cartId)
        expectRefusal(response, 409, "checkout_in_progress")
        // Released, the same cart completes.
        expect((await complete(s.anna, cartId)).data.type).toBe("order")
        await ok("post", `/admin/organizations/${s.acme}/members/${s.m.anna}`, { spending_limit: null })
      })

      it("a member without a spending limit completes without waiting for the spending lock", async () => {
        const cartId = await readyCart(s.anna)
        const response = await completeWhileSpendingLockHeld(cartId)
        expect(response.data.type).toBe("order")
      })

      it("cart_empty, approval_not_required, organization_cart_required; another's cart is an unknown one", async () => {
        const empty = await as(s.rita, "post", "/store/carts", { region_id: s.shop.regionId })
        expectRefusal(await askApproval(s.rita, empty.data.cart.id), 400, "cart_empty")
        expectRefusal(await askApproval(s.anna, await readyCart(s.anna)), 400, "approval_not_required")
        const carls = await as(s.carl, "post", "/store/carts", { region_id: s.shop.regionId })
        expectRefusal(await askApproval(s.carl, carls.data.cart.id), 400, "organization_cart_required")
        // A colleague's cart answers as an unknown one (issue 25, item 14); `cart_member_only` stays the
        // exported workflows' refusal (workflows-approvals.spec.ts).
        const colleagues = await as(s.bob, "post", `/store/carts/${empty.data.cart.id}/line-items`, { variant_id: s.shop.variantId, quantity: 1 })
        expect(colleagues.status).toBe(404)
        expect(colleagues.data).toEqual({ type: "not_found", code: "not_found", message: `Cart with id: ${empty.data.cart.id} was not found` })
      })

      it("location_not_allowed, sales_channel_not_on_storefront", async () => {
        const cart = await as(s.bob, "post", "/store/carts", { region_id: s.shop.regionId })
        const cartId = cart.data.cart.id
        expectRefusal(
          await as(s.bob, "post", `/store/carts/${cartId}`, { shipping_address: { first_name: "B", last_name: "B", ...ELSEWHERE } }),
          400,
          "location_not_allowed"
        )
        expectRefusal(
          await as(s.bob, "post", `/store/carts/${cartId}`, { sales_channel_id: s.retail.salesChannelId }),
          400,
          "sales_channel_not_on_storefront"
        )
      })
    })

    describe("acting for an organization", () => {
      it("not_admitted_on_storefront, membership_pending, membership_deactivated, organization_suspended", async () => {
        const group = (await ok("post", "/admin/access-groups", { name: "Retail only", registration_mode: "approval" })).access_group
        await ok("post", `/admin/access-groups/${group.id}/sales-channels`, { add: [s.retail.salesChannelId] })
        const onRetail = await send(api, "get", `/store/organizations/${s.acme}`, {
          headers: { ...s.anna.headers, "x-publishable-api-key": s.retail.key },
        })
        expectRefusal(onRetail, 403, "not_admitted_on_storefront")
        expectRefusal(await as(s.pat, "get", `/store/organizations/${s.acme}`), 403, "membership_pending")
        expectRefusal(await as(s.dan, "get", `/store/organizations/${s.acme}`), 403, "membership_deactivated")
        expectRefusal(await as(s.fred, "get", `/store/organizations/${s.frozen}`), 403, "organization_suspended")
      })

      it("permission_required, organization_ambiguous", async () => {
        const members = await as(s.rita, "get", `/store/organizations/${s.acme}/members`)
        expectRefusal(members, 403, "permission_required")
        expect(members.data.message).toBe("Your account may not see the organization's members: ask an administrator of your organization for the permission (members.view)")
        expectRefusal(await as(s.duo, "post", "/store/carts", { region_id: s.shop.regionId }), 400, "organization_ambiguous")
      })
    })

    describe("member changes", () => {
      const change = (session: CustomerSession, membershipId: string, body: object) =>
        as(session, "post", `/store/organizations/${s.acme}/members/${membershipId}`, body)

      it("self_change_forbidden, escalation_forbidden, spending_limit_admin_only, membership_pending_activation", async () => {
        expectRefusal(await change(s.anna, s.m.anna, { role: "buyer" }), 403, "self_change_forbidden")
        expectRefusal(await change(s.mia, s.m.bob, { role: "admin" }), 403, "escalation_forbidden")
        expectRefusal(await change(s.mia, s.m.bob, { spending_limit: { eur: 10 } }), 403, "spending_limit_admin_only")
        expectRefusal(await change(s.anna, s.m.pat, { status: "active" }), 409, "membership_pending_activation")
      })

      it("last_admin (409): the merchant cannot demote or remove an organization's only admin", async () => {
        expectRefusal(await asMerchant("post", `/admin/organizations/${s.other}/members/${s.m.olga}`, { role: "buyer" }), 409, "last_admin")
        expectRefusal(await asMerchant("delete", `/admin/organizations/${s.other}/members/${s.m.olga}`), 409, "last_admin")
      })
    })

    describe("seats and other conflicts", () => {
      it("seat_already_assigned, seats_exhausted, seats_in_use (409)", async () => {
        const { entitlement } = await ok("post", `/admin/organizations/${s.acme}/entitlements`, {
          kind: "subscription",
          title: "Payroll updates",
          seats: 2,
        })
        const seats = `/store/organizations/${s.acme}/entitlements/${entitlement.id}/seats`
        expect((await as(s.anna, "post", seats, { membership_id: s.m.bob })).status).toBe(200)
        expectRefusal(await as(s.anna, "post", seats, { membership_id: s.m.bob }), 409, "seat_already_assigned")
        expect((await as(s.anna, "post", seats, { membership_id: s.m.rita })).status).toBe(200)
        const full = await as(s.anna, "post", seats, { membership_id: s.m.mia })
        expectRefusal(full, 409, "seats_exhausted")
        expect(full.data.message).toBe("All seats are taken (2/2)")
        expectRefusal(
          await asMerchant("post", `/admin/organizations/${s.acme}/entitlements/${entitlement.id}`, { seats: 1 }),
          409,
          "seats_in_use"
        )
      })

      it("conflict: any other 409 keeps its message and a code", async () => {
        const taken = await asMerchant("post", `/admin/organizations/${s.acme}/locations`, { label: "Office", ...OFFICE })
        expectRefusal(taken, 409, "conflict")
        expect(taken.data.message).toBe('The organization already has a location labelled "Office"')
      })

      it("errors that are not refusals keep Medusa's type and message, with the generic code of their type", async () => {
        const unknown = await asMerchant("get", "/admin/organizations/org_unknown")
        expect(unknown.status).toBe(404)
        expect(unknown.data).toEqual({ type: "not_found", code: "not_found", message: "Organization with id: org_unknown was not found" })
        const bad = await asMerchant("post", "/admin/organizations", { name: "" })
        expect(bad.status).toBe(400)
        expect(bad.data).toEqual(expect.objectContaining({ type: "invalid_data", code: "invalid_data" }))
      })
    })
  },
})
