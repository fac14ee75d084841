import Medusa, { FetchError } from "@medusajs/js-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { createShop, organizationOfCart as cartOrganization, type Address, type Shop } from "../helpers/checkout"
import { client } from "../helpers/http"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import { waitFor } from "../helpers/wait"

jest.setTimeout(240_000)

const PASSWORD = "correct-horse-battery-staple"
const HOME: Address = { address_1: "Kerkstraat 12", city: "Gouda", postal_code: "2801 AB", country_code: "nl" }
const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DEPOT: Address = { address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "nl" }

type Stage = "cart" | "login" | "address" | "shipping" | "payment" | "complete" | "order"
type Journey = { stage: Stage; cartId?: string; orderId?: string; error?: { status?: number; message: string } }

/**
 * Medusa's Next.js starter, unmodified, as its server actions call the store (src/lib/data/cart.ts
 * and customer.ts) through the js-sdk: the cart is created on the first "add to cart" (no
 * x-organization-id: the starter knows nothing of organizations), a login transfers the cart it
 * holds, the checkout sets both addresses and the e-mail, picks the first shipping option, starts
 * a payment session and places the order. Each step that fails ends the journey with the error
 * the starter would show its shopper.
 */
function starter(baseUrl: string, publishableKey: string, shop: Shop) {
  const sdk = new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  let token: string | null = null
  let cartId: string | undefined
  const headers = (): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {})

  async function step(stage: Stage, run: () => Promise<unknown>): Promise<Journey | null> {
    try {
      await run()
      return null
    } catch (error) {
      const failed = error as FetchError
      return { stage, cartId, error: { status: failed.status, message: failed.message } }
    }
  }

  return {
    cartId: () => cartId,
    /** Sign-in: log in, then transfer the cart the shopper holds (customer.ts `login` → `transferCart`). */
    login: (email: string) =>
      step("login", async () => {
        token = (await sdk.auth.login("customer", "emailpass", { email, password: PASSWORD })) as string
        if (cartId) await sdk.store.cart.transferCart(cartId, {}, headers())
      }),
    /** "Add to cart": getOrSetCart, then the line item. */
    addToCart: () =>
      step("cart", async () => {
        if (!cartId) cartId = (await sdk.store.cart.create({ region_id: shop.regionId }, {}, headers())).cart.id
        await sdk.store.cart.createLineItem(cartId, { variant_id: shop.variantId, quantity: 1 }, {}, headers())
      }),
    /** The checkout from the address step on (setAddresses, setShippingMethod, initiatePaymentSession, placeOrder). */
    async checkout(address: Address, email: string): Promise<Journey> {
      const shipping_address = { first_name: "Sam", last_name: "Shopper", ...address }
      const failed =
        (await step("address", () =>
          sdk.store.cart.update(cartId!, { shipping_address, billing_address: shipping_address, email }, {}, headers())
        )) ??
        (await step("shipping", async () => {
          const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId! }, headers())
          const option = shipping_options.find((o) => o.id === shop.shippingOptionId) ?? shipping_options[0]
          await sdk.store.cart.addShippingMethod(cartId!, { option_id: option.id }, {}, headers())
        })) ??
        (await step("payment", async () => {
          const { cart } = await sdk.store.cart.retrieve(cartId!, {}, headers())
          await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" }, {}, headers())
        }))
      if (failed) return failed
      try {
        const placed = await sdk.store.cart.complete(cartId!, {}, headers())
        if (placed.type === "order") return { stage: "order", cartId, orderId: placed.order.id }
        return { stage: "complete", cartId, error: { message: placed.error.message } }
      } catch (error) {
        const refused = error as FetchError
        return { stage: "complete", cartId, error: { status: refused.status, message: refused.message } }
      }
    },
  }
}

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { ok } = client(api, () => adminHeaders)
    const baseUrl = () => api.defaults.baseURL as string

    /**
     * A store as a merchant has it right after installing the plugin (`plain`: a sales channel
     * with no access group and no setting) plus a second storefront the merchant marked for
     * organization carts (`b2b`). Acme has two delivery locations: Anna (admin), Bob (buyer,
     * the depot), Rita (requester, the office), Duo (buyer of Acme and of Other). Carl is a
     * registered customer of no organization.
     */
    async function setup() {
      const plain = await createStorefront(getContainer(), "Plain webshop")
      const b2b = await createStorefront(getContainer(), "B2B webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [plain.salesChannelId, b2b.salesChannelId])
      const customer = (email: string) => createCustomerSession(api, plain.key, email, PASSWORD)
      const [anna, bob, rita, duo, olga, carl] = [
        await customer("anna@acme.test"),
        await customer("bob@acme.test"),
        await customer("rita@acme.test"),
        await customer("duo@acme.test"),
        await customer("olga@other.test"),
        await customer("carl@home.test"),
      ]
      const organization = async (name: string, admin: CustomerSession) =>
        (await ok("post", "/admin/organizations", { name, admin: { customer_id: admin.customer.id } })).organization.id as string
      const acme = await organization("Acme", anna)
      const other = await organization("Other", olga)
      const office = (await ok("post", `/admin/organizations/${acme}/locations`, { label: "Office", ...OFFICE })).location.id
      const depot = (await ok("post", `/admin/organizations/${acme}/locations`, { label: "Depot", ...DEPOT })).location.id
      const member = async (organizationId: string, session: CustomerSession, role: string, location_ids: string[] = []) => {
        const { membership } = await ok("post", `/admin/organizations/${organizationId}/members`, { customer_id: session.customer.id, role })
        if (location_ids.length) await ok("post", `/admin/organizations/${organizationId}/members/${membership.id}`, { location_ids })
        return membership.id as string
      }
      const bobMembership = await member(acme, bob, "buyer", [depot])
      await member(acme, rita, "requester", [office])
      await member(acme, duo, "buyer", [depot])
      await member(other, duo, "buyer")
      return { plain, b2b, shop, acme, other, bobMembership, emails: { bob: bob.customer.email, rita: rita.customer.email, duo: duo.customer.email, carl: carl.customer.email } }
    }

    const organizationOfCart = (cartId: string) => cartOrganization(getContainer(), cartId)
    const organizationOrderOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const read = async () => {
        const { data } = await query.graph({
          entity: "order",
          fields: ["organization_order.organization.id", "organization_order.membership.id", "organization_order.location.label"],
          filters: { id: orderId },
        })
        return ((data[0] as any)?.organization_order ?? null) as any
      }
      return waitFor(read, (record) => !!record)
    }

    /** A shopper's whole visit on `storefront`: `login` before adding to the cart, or after (the starter's transfer). */
    async function visit(
      s: Awaited<ReturnType<typeof setup>>,
      storefront: { key: string },
      { email, login, address = HOME }: { email: string; login?: "before" | "after"; address?: Address }
    ): Promise<Journey> {
      const shopper = starter(baseUrl(), storefront.key, s.shop)
      const steps = [
        login === "before" ? () => shopper.login(email) : null,
        () => shopper.addToCart(),
        login === "after" ? () => shopper.login(email) : null,
      ].filter(Boolean) as (() => Promise<Journey | null>)[]
      for (const run of steps) {
        const failed = await run()
        if (failed) return failed
      }
      return shopper.checkout(address, email)
    }

    describe("a store right after install (no access group, no setting): nothing changes for any shopper", () => {
      it("a guest and a registered customer buy as before", async () => {
        const s = await setup()
        const guest = await visit(s, s.plain, { email: "walk-in@home.test" })
        expect(guest).toEqual(expect.objectContaining({ stage: "order" }))
        const carl = await visit(s, s.plain, { email: s.emails.carl, login: "before" })
        expect(carl).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(carl.cartId!)).toBeNull()
      })

      it("a member buys privately: a home address, no approval, no spending rules, no organization record", async () => {
        const s = await setup()
        // Bob may ship only to the depot for Acme; for himself he ships home.
        const bob = await visit(s, s.plain, { email: s.emails.bob, login: "before" })
        expect(bob).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(bob.cartId!)).toBeNull()
        // Rita may only request orders for Acme: her own purchase needs nobody's approval.
        const rita = await visit(s, s.plain, { email: s.emails.rita, login: "before" })
        expect(rita).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(rita.cartId!)).toBeNull()
      })

      it("a member of two organizations adds to the cart and completes privately (no organization named, none asked for)", async () => {
        const s = await setup()
        const duo = await visit(s, s.plain, { email: s.emails.duo, login: "before" })
        expect(duo).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(duo.cartId!)).toBeNull()
      })

      it("a guest cart, then the member logs in (the starter's transfer): the cart stays personal and completes", async () => {
        const s = await setup()
        const bob = await visit(s, s.plain, { email: s.emails.bob, login: "after" })
        expect(bob).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(bob.cartId!)).toBeNull()
      })

      it("an organization cart only when the storefront names the organization", async () => {
        const s = await setup()
        const { token } = (await api.post("/auth/customer/emailpass", { email: s.emails.bob, password: PASSWORD })).data
        const headers = { authorization: `Bearer ${token}`, "x-publishable-api-key": s.plain.key }
        const named = await api.post("/store/carts", { region_id: s.shop.regionId }, { headers: { ...headers, "x-organization-id": s.acme } })
        expect(await organizationOfCart(named.data.cart.id)).toBe(s.acme)
        const unnamed = await api.post("/store/carts", { region_id: s.shop.regionId }, { headers })
        expect(await organizationOfCart(unnamed.data.cart.id)).toBeNull()
      })
    })

    describe("the transfer cannot be talked into an organization", () => {
      it("a forged buyer in additional_data, or another organization named, leaves the cart personal", async () => {
        const s = await setup()
        const login = async (email: string) =>
          (await api.post("/auth/customer/emailpass", { email, password: PASSWORD })).data.token as string
        const guestCart = async () =>
          (await api.post("/store/carts", { region_id: s.shop.regionId }, { headers: { "x-publishable-api-key": s.plain.key } })).data.cart.id as string
        const transfer = (cartId: string, token: string, body: object, headers: Record<string, string> = {}) =>
          api.post(`/store/carts/${cartId}/customer`, body, {
            headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": s.plain.key, ...headers },
            validateStatus: () => true,
          })
        // Carl (no organization) claims to be Bob buying for Acme in the workflow's additional data.
        const forged = await guestCart()
        const carl = await login(s.emails.carl)
        const claimed = { b2b_buyer: { logged_in: true, customer_id: "cus_whoever", named: { organization_id: s.acme, membership_id: s.bobMembership } } }
        const refusedClaim = await transfer(forged, carl, { additional_data: claimed })
        // Medusa's own validation of the transfer takes no body at all; the plugin adds its value after it.
        expect(refusedClaim.status).toBe(400)
        expect(refusedClaim.data.message).toMatch(/additional_data/)
        expect(await organizationOfCart(forged)).toBeNull()
        // Transferred without the claim, the cart is Carl's own.
        expect((await transfer(forged, carl, {})).status).toBe(200)
        expect(await organizationOfCart(forged)).toBeNull()
        // Bob names Other, which he is no member of: the unknown organization's 404, nothing moved.
        const bob = await login(s.emails.bob)
        const other = await guestCart()
        const refused = await transfer(other, bob, {}, { "x-organization-id": s.other })
        expect(refused.status).toBe(404)
        expect(await organizationOfCart(other)).toBeNull()
        // Naming Acme, his own, makes it Acme's cart at the transfer, also on this unmarked channel.
        expect((await transfer(other, bob, {}, { "x-organization-id": s.acme })).status).toBe(200)
        expect(await organizationOfCart(other)).toBe(s.acme)
      })
    })

    describe("a storefront the merchant marked for organization carts", () => {
      it("guest cart, then the member logs in: the transfer makes it Acme's cart, which ships to a location and completes", async () => {
        const s = await setup()
        const shopper = starter(baseUrl(), s.b2b.key, s.shop)
        expect(await shopper.addToCart()).toBeNull()
        const cartId = shopper.cartId()!
        expect(await organizationOfCart(cartId)).toBeNull()
        expect(await shopper.login(s.emails.bob)).toBeNull()
        expect(await organizationOfCart(cartId)).toBe(s.acme)
        // From now on Acme's rules: a home address is refused with the locations Bob may use, in words.
        const home = await shopper.checkout(HOME, s.emails.bob)
        expect(home.stage).toBe("address")
        expect(home.error).toEqual({
          status: 400,
          message: "Orders for your organization ship to its delivery addresses only. Choose one of: Depot (Havenweg 5, 3011 AB Rotterdam)",
        })
        // Not a dead end: the depot address goes through to an order of Acme, placed by Bob.
        const depot = await shopper.checkout(DEPOT, s.emails.bob)
        expect(depot).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOrderOf(depot.orderId!)).toEqual(
          expect.objectContaining({
            organization: expect.objectContaining({ id: s.acme }),
            membership: expect.objectContaining({ id: s.bobMembership }),
            location: expect.objectContaining({ label: "Depot" }),
          })
        )
      })

      it("a requester's organization cart needs approval, and the refusal says how to ask", async () => {
        const s = await setup()
        const rita = await visit(s, s.b2b, { email: s.emails.rita, login: "before", address: OFFICE })
        expect(rita.stage).toBe("complete")
        expect(rita.error?.message).toBe(
          "This order needs your organization's approval (you may request orders, not place them): send the cart for approval, then place the order once it is approved"
        )
        expect(await organizationOfCart(rita.cartId!)).toBe(s.acme)
      })

      it("a member of two organizations is asked, in words, to choose one; naming it works", async () => {
        const s = await setup()
        const duo = await visit(s, s.b2b, { email: s.emails.duo, login: "before" })
        expect(duo.stage).toBe("cart")
        expect(duo.error).toEqual({ status: 400, message: "You buy for several organizations: choose the organization this cart is for" })
        const { token } = (await api.post("/auth/customer/emailpass", { email: s.emails.duo, password: PASSWORD })).data
        const named = await api.post(
          "/store/carts",
          { region_id: s.shop.regionId },
          { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": s.b2b.key, "x-organization-id": s.other } }
        )
        expect(await organizationOfCart(named.data.cart.id)).toBe(s.other)
      })

      it("a guest typing a member's e-mail is answered exactly like a guest typing a stranger's", async () => {
        const s = await setup()
        const asBob = await visit(s, s.b2b, { email: s.emails.bob })
        const asStranger = await visit(s, s.b2b, { email: "stranger@nowhere.test" })
        expect(asBob).toEqual(expect.objectContaining({ stage: "order" }))
        expect(asStranger).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(asBob.cartId!)).toBeNull()
        // The same answers at every step: a guest checkout, whoever's e-mail was typed.
        const { orderId: _a, cartId: _b, ...bobShape } = asBob
        const { orderId: _c, cartId: _d, ...strangerShape } = asStranger
        expect(bobShape).toEqual(strangerShape)
      })
    })

    describe("the merchant's setting", () => {
      it("is read and changed through the admin API, defaults to personal carts, and refuses bad input", async () => {
        const s = await setup()
        const read = await ok("get", `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`)
        expect(read).toEqual({ b2b_settings: { sales_channel_id: s.plain.salesChannelId, organization_carts: false } })
        const on = await ok("post", `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`, { organization_carts: true })
        expect(on.b2b_settings.organization_carts).toBe(true)
        // A member's new cart on that channel is now Acme's.
        const bob = await visit(s, s.plain, { email: s.emails.bob, login: "before", address: DEPOT })
        expect(bob).toEqual(expect.objectContaining({ stage: "order" }))
        expect(await organizationOfCart(bob.cartId!)).toBe(s.acme)

        const { send } = client(api, () => adminHeaders)
        const wrongType = await send("post", `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`, { organization_carts: "yes" })
        expect(wrongType.status).toBe(400)
        expect(wrongType.data.message).toMatch(/organization_carts/)
        const unknownField = await send("post", `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`, { organization_carts: true, admit: "all" })
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.message).toMatch(/admit/)
        const unknownChannel = await send("post", "/admin/sales-channels/sc_unknown/b2b-settings", { organization_carts: true })
        expect(unknownChannel.status).toBe(404)
        expect((await send("get", "/admin/sales-channels/sc_unknown/b2b-settings")).status).toBe(404)
        // Merchant-only: no admin session, no settings.
        const anonymous = await api.post(`/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`, { organization_carts: false }, { validateStatus: () => true })
        expect(anonymous.status).toBe(401)
        expect((await ok("get", `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`)).b2b_settings.organization_carts).toBe(true)
      })

      it("parallel first writes leave one row with the last value", async () => {
        const s = await setup()
        const url = `/admin/sales-channels/${s.plain.salesChannelId}/b2b-settings`
        const answers = await Promise.all([true, true, true, true].map((v) => ok("post", url, { organization_carts: v })))
        expect(answers.every((a) => a.b2b_settings.organization_carts)).toBe(true)
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const rows = await knex("b2b_sales_channel_setting").where({ sales_channel_id: s.plain.salesChannelId, deleted_at: null })
        expect(rows).toHaveLength(1)
      })
    })
  },
})
