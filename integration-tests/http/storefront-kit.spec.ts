import Medusa from "@medusajs/js-sdk"
import { httpTestRunner } from "../helpers/runner"
import { B2BClient, B2BError } from "../../src/client"
import { checkAnswer } from "../helpers/answers"
import { createAdminSession } from "../helpers/auth"
import { createShop, type Shop } from "../helpers/checkout"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createStorefront } from "../helpers/store"
import { waitFor } from "../helpers/wait"

// The storefront developer's flows, through the typed client against the real app. Each block
// between `// README: name` and `// README: end` is an example in README ("For storefront
// developers"); a unit test keeps README's copies equal to these (src/client/__tests__).

jest.setTimeout(240_000)

const PASSWORD = "correct-horse-battery-staple"
const OFFICE = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

/** `fetch`, plus the HTTP tests' rule: every answer of a plugin route matches its schema. */
const checkedFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init)
  const url = new URL(String(input))
  const body = await response.clone().json().catch(() => null)
  checkAnswer(init?.method ?? "GET", url.pathname + url.search, response.status, body)
  return response
}

/** The refusal a call ends in (the test fails when the call succeeds or throws something else). */
const refusalOf = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error("expected a refusal")
    },
    (error: unknown) => {
      if (!(error instanceof B2BError)) throw error
      return error
    }
  )

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storefront: { key: string; salesChannelId: string }
    let shop: Shop
    let merchant: B2BClient
    let adminSdk: Medusa

    beforeAll(async () => {
      storefront = await createStorefront(getContainer(), "Webshop")
      shop = await createShop(getContainer(), [storefront.salesChannelId])
      await createAdminSession(getContainer(), api, { email: "merchant@shop.test", password: PASSWORD })
      adminSdk = new Medusa({ baseUrl: api.defaults.baseURL as string, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      await adminSdk.auth.login("user", "emailpass", { email: "merchant@shop.test", password: PASSWORD })
      merchant = new B2BClient(adminSdk, { fetch: checkedFetch })
    })

    /** The storefront's SDK and the client on it; logged in when `email` is given. */
    async function storefrontOf(email?: string) {
      const baseUrl = api.defaults.baseURL as string
      const publishableKey = storefront.key
      // README: create-client
      const sdk = new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      const b2b = new B2BClient(sdk)
      // README: end
      const checked = new B2BClient(sdk, { fetch: checkedFetch })
      if (email) await sdk.auth.login("customer", "emailpass", { email, password: PASSWORD })
      return { sdk, b2b: checked, plain: b2b }
    }

    /** Acme with Anna (admin), Bob (buyer) and Rita (requester), registered as a storefront does. */
    async function acme(suffix: string) {
      const people = {
        anna: await createCustomerSession(api, storefront.key, `anna-${suffix}@acme.test`),
        bob: await createCustomerSession(api, storefront.key, `bob-${suffix}@acme.test`),
        rita: await createCustomerSession(api, storefront.key, `rita-${suffix}@acme.test`),
      }
      const { organization } = await merchant.admin.organizations.create({ name: `Acme ${suffix}`, admin: { customer_id: people.anna.customer.id } })
      const bob = await merchant.admin.organizations.members.add(organization.id, { customer_id: people.bob.customer.id, role: "buyer" })
      const rita = await merchant.admin.organizations.members.add(organization.id, { customer_id: people.rita.customer.id, role: "requester" })
      return { organizationId: organization.id, people, memberships: { bob: bob.membership.id, rita: rita.membership.id } }
    }

    it("account request: field errors by name, then a request that waits for the merchant", async () => {
      const { b2b } = await storefrontOf()
      // README: account-request
      const form = {
        company: { name: "Bakkerij Jansen", vat_number: "NL123456789B01", registration_number: "1234", country_code: "nl" },
        contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test" },
      }
      const refused = await refusalOf(b2b.store.accountRequests.create(form))
      expect(refused.code).toBe("invalid_data")
      expect(refused.fieldError("company.vat_number")).toMatch(/check digit/)
      expect(refused.fieldError("company.registration_number")).toMatch(/KvK/)

      const { account_request } = await b2b.store.accountRequests.create({
        ...form,
        company: { ...form.company, vat_number: "NL000099998B57", registration_number: "34567890" },
      })
      expect(account_request.status).toBe("pending")
      // README: end
    })

    it("activation: the approved contact's link activates the account once", async () => {
      const { b2b: guest } = await storefrontOf()
      const requested = await guest.store.accountRequests.create({
        company: { name: "Drukkerij Visser", vat_number: "NL000099998B57", registration_number: "34567890", country_code: "nl" },
        contact: { first_name: "Vera", last_name: "Visser", email: "vera@visser.test" },
      })
      await merchant.admin.accountRequests.approve(requested.account_request.id, {})
      const [mail] = await emailsTo(getContainer(), "vera@visser.test", { template: "b2b-account-request-approved" })
      const token = tokenFrom(mail, "activation_url")
      const { sdk, b2b } = await storefrontOf()
      // README: activation
      // /account/activate?token=…: the contact chooses a password, then logs in.
      const { email } = await b2b.store.activations.activate({ token, password: "a-long-new-password" })
      await sdk.auth.login("customer", "emailpass", { email, password: "a-long-new-password" })
      const { organizations } = await b2b.store.organizations.list()
      expect(organizations.map((o) => [o.name, o.membership.role])).toEqual([["Drukkerij Visser", "admin"]])

      const again = await refusalOf(b2b.store.activations.activate({ token, password: "a-long-new-password" }))
      expect(again.code).toBe("token_used")
      // README: end
    })

    it("set password: a merchant-made contact sets a password by the e-mailed link, once", async () => {
      // The merchant made the customer (no login yet) and sends the member a way in.
      const { customer } = await adminSdk.admin.customer.create({ email: "sam@smit.test", first_name: "Sam", last_name: "Smit" })
      const { organization } = await merchant.admin.organizations.create({ name: "Kapsalon Smit", admin: { customer_id: customer.id } })
      const { memberships } = await merchant.admin.organizations.members.list(organization.id)
      await merchant.admin.organizations.members.sendActivation(organization.id, memberships[0].id)
      const [mail] = await emailsTo(getContainer(), "sam@smit.test", { template: "b2b-member-activation" })
      const link = String(mail.data?.set_password_url)
      const { sdk, b2b } = await storefrontOf()
      // README: set-password
      // /account/set-password?token=…&email=…
      const params = new URL(link).searchParams
      const [token, email] = [params.get("token")!, params.get("email")!]
      await b2b.auth.setPassword({ token, password: "my-own-password-1" })
      await sdk.auth.login("customer", "emailpass", { email, password: "my-own-password-1" })

      const again = await refusalOf(b2b.auth.setPassword({ token, password: "someone-elses-2" }))
      expect(again.code).toBe("token_used")
      // README: end
      const { organizations } = await b2b.store.organizations.list()
      expect(organizations.map((o) => o.name)).toEqual(["Kapsalon Smit"])
    })

    it("invitation: register (or log in) first, then accept; another login cannot use it", async () => {
      const org = await acme("invite")
      const { b2b: anna } = await storefrontOf(org.people.anna.customer.email)
      await anna.store.organizations.invitations.create(org.organizationId, { email: "nina@acme.test", role: "buyer" })
      const token = tokenFrom((await emailsTo(getContainer(), "nina@acme.test"))[0])
      const { b2b: bob } = await storefrontOf(org.people.bob.customer.email)
      const foreign = await refusalOf(bob.store.invitations.accept({ token }))
      expect(foreign.code).toBe("invitation_other_email")

      const { sdk, b2b } = await storefrontOf()
      // README: invitation
      // /invitations/accept?token=…: a newcomer registers with the invited address first.
      await sdk.auth.register("customer", "emailpass", { email: "nina@acme.test", password: "nina-password-123" })
      await sdk.store.customer.create({ email: "nina@acme.test", first_name: "Nina", last_name: "de Vries" })
      await sdk.auth.login("customer", "emailpass", { email: "nina@acme.test", password: "nina-password-123" })
      const { membership } = await b2b.store.invitations.accept({ token })
      expect([membership.role, membership.status]).toEqual(["buyer", "active"])
      // README: end
    })

    it("organization switcher: my organizations, each with what I may do there", async () => {
      const org = await acme("switch")
      const second = await merchant.admin.organizations.create({ name: "Zeta Zorg", admin: { customer_id: org.people.bob.customer.id } })
      const { b2b } = await storefrontOf(org.people.bob.customer.email)
      // README: organization-switcher
      const { organizations } = await b2b.store.organizations.list()
      const menu = organizations.map((o) => ({
        id: o.id,
        name: o.name,
        // Menus follow effective permissions, never role names.
        members: o.membership.permissions.includes("members.view"),
        approvals: o.membership.permissions.includes("orders.approve"),
      }))
      // README: end
      expect(menu.map(({ id, ...rest }) => [id, rest])).toEqual([
        [org.organizationId, { name: "Acme switch", members: false, approvals: false }],
        [second.organization.id, { name: "Zeta Zorg", members: true, approvals: true }],
      ])
    })

    it("members: list with permissions, grant one, and the refusals in codes", async () => {
      const org = await acme("members")
      const organizationId = org.organizationId
      const bobId = org.memberships.bob
      const { b2b } = await storefrontOf(org.people.anna.customer.email)
      // README: members
      const { memberships, count } = await b2b.store.organizations.members.list(organizationId, { limit: 20 })
      const bob = memberships.find((m) => m.id === bobId)!
      expect(bob.permissions).not.toContain("orders.view_all")

      const { membership } = await b2b.store.organizations.members.update(organizationId, bob.id, { grants: ["orders.view_all"] })
      expect(membership.permissions).toContain("orders.view_all")

      const me = (await b2b.store.organizations.me.retrieve(organizationId)).membership
      const self = await refusalOf(b2b.store.organizations.members.update(organizationId, me.id, { role: "buyer" }))
      expect([self.status, self.code]).toEqual([403, "self_change_forbidden"])
      // README: end
      expect(count).toBe(3)
      const { b2b: bobClient } = await storefrontOf(org.people.bob.customer.email)
      const denied = await refusalOf(bobClient.store.organizations.members.list(organizationId))
      expect([denied.status, denied.code]).toEqual([403, "permission_required"])
    })

    it("checkout with the approval loop: request, approve, edit, request again, complete", async () => {
      const org = await acme("checkout")
      const organizationId = org.organizationId
      const { region_id, variant_id, option_id } = { region_id: shop.regionId, variant_id: shop.variantId, option_id: shop.shippingOptionId }
      const { sdk, b2b } = await storefrontOf(org.people.rita.customer.email)
      const { b2b: approver } = await storefrontOf(org.people.anna.customer.email)
      // README: checkout
      const { cart } = await b2b.store.carts.create(organizationId, { region_id })
      await sdk.store.cart.createLineItem(cart.id, { variant_id, quantity: 1 })
      await sdk.store.cart.update(cart.id, { shipping_address: { first_name: "Rita", last_name: "de Boer", ...OFFICE } })
      await sdk.store.cart.addShippingMethod(cart.id, { option_id })
      const pay = async () =>
        sdk.store.payment.initiatePaymentSession((await sdk.store.cart.retrieve(cart.id)).cart, { provider_id: "pp_system_default" })
      await pay()

      const needed = await refusalOf(b2b.store.carts.complete(cart.id))
      expect(needed.code).toBe("approval_required")
      const { approval } = await b2b.store.carts.requestApproval(cart.id)
      expect(approval.status).toBe("pending")
      await approver.store.organizations.approvals.approve(organizationId, approval.id, { comment: "Fine" })

      // An edit after the approval needs a new one.
      const { cart: edited } = await sdk.store.cart.retrieve(cart.id)
      await sdk.store.cart.updateLineItem(cart.id, edited.items![0].id, { quantity: 2 })
      await pay()
      const stale = await refusalOf(b2b.store.carts.complete(cart.id))
      expect(stale.code).toBe("approval_stale")
      const again = await b2b.store.carts.requestApproval(cart.id)
      await approver.store.organizations.approvals.approve(organizationId, again.approval.id, {})

      const placed = await b2b.store.carts.complete(cart.id)
      expect(placed.type).toBe("order")
      // README: end
      const { approvals } = await b2b.store.organizations.approvals.list(organizationId, { cart_id: cart.id })
      expect(approvals.map((a) => a.status).sort()).toEqual(["approved", "superseded"])
    })

    it("orders and their detail, as the member may see them", async () => {
      const org = await acme("orders")
      const organizationId = org.organizationId
      const { sdk, b2b } = await storefrontOf(org.people.bob.customer.email)
      const { cart } = await b2b.store.carts.create(organizationId, { region_id: shop.regionId })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: shop.variantId, quantity: 3 })
      await sdk.store.cart.update(cart.id, { shipping_address: { first_name: "Bob", last_name: "Bakker", ...OFFICE } })
      await sdk.store.cart.addShippingMethod(cart.id, { option_id: shop.shippingOptionId })
      await sdk.store.payment.initiatePaymentSession((await sdk.store.cart.retrieve(cart.id)).cart, { provider_id: "pp_system_default" })
      const placed = await b2b.store.carts.complete(cart.id)
      if (placed.type !== "order") throw new Error("not placed")
      // The organization's record of an order is written just after the answer.
      await waitFor(() => b2b.store.organizations.orders.list(organizationId), ({ count }) => count === 1)
      // README: orders
      const { orders } = await b2b.store.organizations.orders.list(organizationId, { limit: 10 })
      const { order } = await b2b.store.organizations.orders.retrieve(organizationId, orders[0].id)
      const lines = order.items.map((item) => `${item.quantity} × ${item.title}`)
      const placedBy = order.member?.email
      // README: end
      expect(orders[0].id).toBe(placed.order.id)
      expect(lines).toEqual(["3 × Practice guide: payroll"])
      expect(placedBy).toBe(org.people.bob.customer.email)
      const { b2b: outsider } = await storefrontOf(org.people.rita.customer.email)
      expect((await refusalOf(outsider.store.organizations.orders.retrieve(organizationId, placed.order.id))).code).toBe("not_found")
    })

    it("seats and the library: assign within the seats, then read what a seat opens", async () => {
      const org = await acme("seats")
      const organizationId = org.organizationId
      const { entitlement } = await merchant.admin.organizations.entitlements.create(organizationId, {
        kind: "subscription",
        title: "Payroll handbook",
        seats: 1,
        product_variant_id: shop.variantId,
      })
      const [bobId, ritaId] = [org.memberships.bob, org.memberships.rita]
      const { b2b } = await storefrontOf(org.people.anna.customer.email)
      // README: seats
      await b2b.store.organizations.entitlements.seats.assign(organizationId, entitlement.id, { membership_id: bobId })
      const full = await refusalOf(b2b.store.organizations.entitlements.seats.assign(organizationId, entitlement.id, { membership_id: ritaId }))
      expect(full.code).toBe("seats_exhausted")
      const { entitlements } = await b2b.store.organizations.entitlements.list(organizationId)
      expect(entitlements.map((e) => [e.title, e.used, e.seats])).toEqual([["Payroll handbook", 1, 1]])
      // README: end
      const { b2b: bob } = await storefrontOf(org.people.bob.customer.email)
      // README: library
      const { publications } = await bob.store.organizations.library(organizationId)
      const titles = publications.map((p) => p.product?.title ?? p.title)
      // README: end
      expect(titles).toEqual(["Practice guide: payroll"])
    })

    it("portal: a code opens a read-only session", async () => {
      const org = await acme("portal")
      const { code } = await merchant.admin.organizations.accessCodes.create(org.organizationId, {})
      const { b2b } = await storefrontOf()
      // README: portal
      const session = await b2b.store.portal.openSession({ code: code! })
      const { portal } = await b2b.store.portal.retrieve({ portalToken: session.token })
      const { orders } = await b2b.store.portal.orders({ limit: 10 }, { portalToken: session.token })

      const wrong = await refusalOf(b2b.store.portal.openSession({ code: "WRONG-CODE" }))
      expect(wrong.status).toBe(401)
      // README: end
      expect([portal.level, portal.organization?.name, orders.length]).toEqual(["organization", "Acme portal", 0])
    })
  },
})
