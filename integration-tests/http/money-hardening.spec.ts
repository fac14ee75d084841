import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { httpTestRunner } from "../helpers/runner"
import type { AxiosResponse } from "axios"
import { createDelivery, defaultShippingProfile } from "../../demo/shop"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address, type Shop } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"
import { waitFor } from "../helpers/wait"

jest.setTimeout(300_000)

const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const NEW_YORK: Address = { address_1: "5 Main Street", city: "New York", postal_code: "10001", country_code: "us" }
// One euro cart: the 80 guide plus 7.95 shipping (integration-tests/helpers/checkout.ts).
const EUR_CART = 87.95
// One dollar cart: the 250 guide plus 7.95 shipping (usdShop below).
const USD_CART = 257.95

/** A dollar region (the United States) selling a 250 USD guide in the given channels. */
async function usdShop(container: MedusaContainer, salesChannelIds: string[]): Promise<Shop> {
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] }] },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "us", provider_id: "tp_system" }] })
  const { shippingOptionId } = await createDelivery(container, {
    warehouse: "US warehouse",
    address: { address_1: "1 Dock Road", city: "Newark", country_code: "us", postal_code: "07101" },
    regionId: region.id,
    countries: ["us"],
    salesChannelIds,
  })
  const profile = await defaultShippingProfile(container)
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Practice guide: US payroll",
          handle: "practice-guide-us-payroll",
          status: "published" as const,
          shipping_profile_id: profile.id,
          options: [{ title: "Edition", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: "US-PAYROLL",
              manage_inventory: false,
              options: { Edition: "Standard" },
              prices: [{ currency_code: "usd", amount: 250 }],
            },
          ],
          sales_channels: salesChannelIds.map((id) => ({ id })),
        },
      ],
    },
  })
  return { regionId: region.id, shippingOptionId, variantId: product.variants[0].id }
}

/**
 * Issue 25, part B: thresholds and spending limits hold in every currency (amounts per
 * currency, `currency_not_covered` for a currency a rule names no amount for), the
 * organization's order record keeps what completion checked (member, location, spend) whatever
 * happens after, and a member's completions that fail later never refuse its valid one.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    const { ok, send: adminSend } = client(api, () => adminHeaders)
    let eur: Shop
    let usd: Shop
    let storefrontKey: string
    let people = 0

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      storefrontKey = storefront.key
      eur = await createShop(getContainer(), [storefront.salesChannelId])
      usd = await usdShop(getContainer(), [storefront.salesChannelId])
    })

    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    /** An organization (admin Anna) with buyer Bob at two locations (Utrecht, New York). */
    async function setup(bob: { spending_limit?: unknown } = {}) {
      const n = ++people
      const anna = await createCustomerSession(api, storefrontKey, `anna${n}@money.test`)
      const bobSession = await createCustomerSession(api, storefrontKey, `bob${n}@money.test`)
      const org = (await ok("post", "/admin/organizations", { name: `Money ${n}`, admin: { customer_id: anna.customer.id } }))
        .organization.id as string
      const office = (await ok("post", `/admin/organizations/${org}/locations`, { label: "Office", ...OFFICE })).location.id as string
      const newYork = (await ok("post", `/admin/organizations/${org}/locations`, { label: "New York", ...NEW_YORK })).location
        .id as string
      const { membership } = await ok("post", `/admin/organizations/${org}/members`, {
        customer_id: bobSession.customer.id,
        role: "buyer",
        location_ids: [office, newYork],
        ...bob,
      })
      return { org, anna, bob: bobSession, membershipId: membership.id as string, office, newYork }
    }

    const complete = (session: CustomerSession, cartId: string) =>
      send(api, "post", `/store/carts/${cartId}/complete`, { headers: session.headers })

    /** A cart ready to complete in the shop's currency, shipped to `address`. */
    async function readyCart(session: CustomerSession, shop: Shop, address: Address) {
      const result = await checkout(api, session.headers, shop, { address, complete: false })
      if (result.stage !== "ready") throw new Error(`cart not ready: ${result.stage} ${JSON.stringify(result.response.data)}`)
      return result.cartId!
    }

    /** `count` ready carts; the first alone (it makes the customer's payment account holder). */
    async function readyCarts(session: CustomerSession, shop: Shop, address: Address, count: number) {
      const first = await readyCart(session, shop, address)
      return [first, ...(await Promise.all(Array.from({ length: count - 1 }, () => readyCart(session, shop, address))))]
    }

    const expectRefusal = (response: AxiosResponse, code: string, message?: RegExp) => {
      expect({ status: response.status, code: response.data?.code }).toEqual({ status: 400, code })
      if (message) expect(response.data.message).toMatch(message)
    }

    type OrderRow = { order_id: string; membership_id: string | null; location_id: string | null; currency_code: string; total: number }

    /** The organization's order records, once the `order.placed` subscriber wrote `expected` of them. */
    async function orderRecords(org: string, expected: number) {
      const read = async () =>
        (
          await knex().raw(
            `select order_id, membership_id, location_id, currency_code, total::float as total
               from organization_order where organization_id = ? and deleted_at is null order by created_at`,
            [org]
          )
        ).rows as OrderRow[]
      return waitFor(read, (rows) => rows.length >= expected)
    }

    const openCompletions = () =>
      waitFor(
        async () => (await knex().raw("select count(*)::int as n from spending_reservation")).rows[0].n as number,
        (n) => n === 0
      )

    describe("4. a rule binds carts in every currency", () => {
      it("the merchant sets amounts per currency; a bare number without its currency is refused naming the field", async () => {
        const s = await setup()
        const member = `/admin/organizations/${s.org}/members/${s.membershipId}`
        const bare = await adminSend("post", member, { spending_limit: 100 })
        expect(bare.status).toBe(400)
        expect(bare.data.message).toMatch(/spending_limit.*per currency/)
        const badCode = await adminSend("post", member, { spending_limit: { euro: 100 } })
        expect(badCode.status).toBe(400)
        expect(badCode.data.message).toMatch(/spending_limit.*ISO 4217/)
        const negative = await adminSend("post", member, { spending_limit: { eur: -1 } })
        expect(negative.status).toBe(400)
        expect(negative.data.message).toMatch(/spending_limit\.eur/)
        const set = await ok("post", member, { spending_limit: { EUR: 100, usd: 110 } })
        expect(set.membership.spending_limit).toEqual({ eur: 100, usd: 110 })
        // The organization admin in the store: the same rule.
        const store = await send(api, "post", `/store/organizations/${s.org}/members/${s.membershipId}`, {
          body: { spending_limit: 100 },
          headers: s.anna.headers,
        })
        expect(store.status).toBe(400)
        expect(store.data.message).toMatch(/spending_limit/)

        const policy = `/admin/organizations/${s.org}/approval-policy`
        const bareThreshold = await adminSend("post", policy, { threshold: 200 })
        expect(bareThreshold.status).toBe(400)
        expect(bareThreshold.data.message).toMatch(/threshold.*per currency/)
        // The single-number form of earlier versions, with its currency, still works.
        expect((await ok("post", policy, { threshold: 200, currency_code: "EUR" })).approval_policy.threshold).toEqual({ eur: 200 })
        expect((await ok("post", policy, { threshold: { eur: 200, usd: 220 } })).approval_policy.threshold).toEqual({
          eur: 200,
          usd: 220,
        })
        expect((await ok("post", policy, { threshold: null })).approval_policy.threshold).toBeNull()
      })

      it("a threshold in euros does not let a dollar cart through: currency_not_covered until the merchant names a dollar amount", async () => {
        const s = await setup()
        await ok("post", `/admin/organizations/${s.org}/approval-policy`, { threshold: { eur: 200 } })
        const cartId = await readyCart(s.bob, usd, NEW_YORK)
        const refused = await complete(s.bob, cartId)
        expectRefusal(refused, "currency_not_covered", /threshold has no amount in USD \(it has €200\.00\)/)
        // A dollar amount below the cart binds it as the euro one binds euro carts.
        await ok("post", `/admin/organizations/${s.org}/approval-policy`, { threshold: { eur: 200, usd: 220 } })
        expectRefusal(await complete(s.bob, cartId), "approval_required", /above the organization's approval threshold of \$220\.00/)
        await ok("post", `/admin/organizations/${s.org}/approval-policy`, { threshold: { eur: 200, usd: 300 } })
        expect((await complete(s.bob, cartId)).data.type).toBe("order")
        // A euro cart above its own amount still needs approval.
        await ok("post", `/admin/organizations/${s.org}/approval-policy`, { threshold: { eur: 50, usd: 300 } })
        expectRefusal(await complete(s.bob, await readyCart(s.bob, eur, OFFICE)), "approval_required", /€50\.00/)
      })

      it("a spending limit in euros does not let a dollar cart through; spending adds up per currency against that currency's amount", async () => {
        const s = await setup({ spending_limit: { eur: 100 } })
        const dollars = await readyCart(s.bob, usd, NEW_YORK)
        expectRefusal(await complete(s.bob, dollars), "currency_not_covered", /spending limit has no amount in USD \(it has €100\.00\)/)
        // The approval flow covers it: asked, approved by the organization's admin, completed.
        const asked = await send(api, "post", `/store/carts/${dollars}/approval`, { headers: s.bob.headers })
        expect(asked.status).toBe(200)
        expect(asked.data.approval.reasons.join(" ")).toMatch(/no amount in USD/)
        await ok("post", `/admin/approvals/${asked.data.approval.id}/approve`, {})
        expect((await complete(s.bob, dollars)).data.type).toBe("order")

        // With an amount per currency, each currency's spend counts against its own amount.
        await ok("post", `/admin/organizations/${s.org}/members/${s.membershipId}`, { spending_limit: { eur: 100, usd: 300 } })
        const [euros, moreEuros] = await readyCarts(s.bob, eur, OFFICE, 2)
        expect((await complete(s.bob, euros)).data.type).toBe("order")
        await orderRecords(s.org, 2)
        expectRefusal(
          await complete(s.bob, moreEuros),
          "spending_limit_exceeded",
          /with €87\.95 already spent this month, the total of €87\.95 is above your spending limit of €100\.00 per month/
        )
        // The approved dollar order counts in dollars: 257.95 spent, another does not fit 300.
        expectRefusal(await complete(s.bob, await readyCart(s.bob, usd, NEW_YORK)), "spending_limit_exceeded", /\$257\.95 already spent/)
        const rows = await orderRecords(s.org, 2)
        expect(rows.map((r) => [r.currency_code, r.total]).sort()).toEqual([
          ["eur", EUR_CART],
          ["usd", USD_CART],
        ])
      })
    })

    describe("5. the order record keeps what completion checked", () => {
      /**
       * Holds the organization's order table so the record of an order placed meanwhile waits:
       * what happens to the member in that window is what an order's bookkeeping meets when it
       * runs after the checkout's answer.
       */
      async function withRecordsHeld(during: () => Promise<void>) {
        const trx = await knex().transaction()
        await trx.raw("lock table organization_order in access exclusive mode")
        try {
          await during()
        } finally {
          await trx.commit()
        }
      }

      it("deactivating the buyer and editing its location's address_2 after the check: the record still names member, location and spend", async () => {
        const s = await setup()
        const cartId = await readyCart(s.bob, eur, OFFICE)
        await withRecordsHeld(async () => {
          expect((await complete(s.bob, cartId)).data.type).toBe("order")
          await ok("post", `/admin/organizations/${s.org}/locations/${s.office}`, { address_2: "2nd floor" })
          await ok("post", `/admin/organizations/${s.org}/members/${s.membershipId}`, { status: "deactivated" })
        })
        const [record] = await orderRecords(s.org, 1)
        expect(record).toEqual(
          expect.objectContaining({ membership_id: s.membershipId, location_id: s.office, currency_code: "eur", total: EUR_CART })
        )
        // It counts: back as it was, with a limit of 100 the next 87.95 does not fit.
        await ok("post", `/admin/organizations/${s.org}/locations/${s.office}`, { address_2: null })
        await ok("post", `/admin/organizations/${s.org}/members/${s.membershipId}`, { status: "active", spending_limit: { eur: 100 } })
        expectRefusal(await complete(s.bob, await readyCart(s.bob, eur, OFFICE)), "spending_limit_exceeded")
      })

      for (const race of ["location", "deactivation"] as const) {
        it(`4 parallel completions of 87.95 under a limit of 100 racing a ${race} change: one order, recorded with member, location and amount`, async () => {
          const s = await setup({ spending_limit: { eur: 100 } })
          const carts = await readyCarts(s.bob, eur, OFFICE, 4)
          let changed: Promise<unknown> | null = null
          const change = () =>
            race === "location"
              ? ok("post", `/admin/organizations/${s.org}/locations/${s.office}`, { address_2: "Unit B" })
              : ok("post", `/admin/organizations/${s.org}/members/${s.membershipId}`, { status: "deactivated" })
          const responses = await Promise.all(
            carts.map((cartId) =>
              complete(s.bob, cartId).then((response) => {
                // The change lands as soon as an order is placed, while the others complete.
                if (response.data.type === "order") changed ??= change()
                return response
              })
            )
          )
          await changed
          const placed = responses.filter((r) => r.data.type === "order")
          expect(placed).toHaveLength(1)
          const allowed = ["spending_limit_exceeded", race === "location" ? "location_not_allowed" : "membership_deactivated"]
          for (const refused of responses.filter((r) => r.data.type !== "order")) {
            expect(refused.status).toBe(race === "location" ? 400 : refused.status)
            expect(allowed).toContain(refused.data.code)
          }
          const rows = await orderRecords(s.org, 1)
          expect(rows).toEqual([
            { order_id: placed[0].data.order.id, membership_id: s.membershipId, location_id: s.office, currency_code: "eur", total: EUR_CART },
          ])
          expect(await openCompletions()).toBe(0)
          // The placed order counts against the limit afterwards too.
          if (race === "location") await ok("post", `/admin/organizations/${s.org}/locations/${s.office}`, { address_2: null })
          else await ok("post", `/admin/organizations/${s.org}/members/${s.membershipId}`, { status: "active" })
          expectRefusal(await complete(s.bob, await readyCart(s.bob, eur, OFFICE)), "spending_limit_exceeded")
        })
      }
    })

    describe("6. completions that fail later do not refuse the member's valid one", () => {
      it("four completions failing at Medusa's shipping check, in parallel with a valid one under a one-order limit: the valid one is placed", async () => {
        const s = await setup({ spending_limit: { eur: 100 } })
        const [valid, ...failing] = await readyCarts(s.bob, eur, OFFICE, 5)
        // Medusa validates shipping after the `validate` hook: these carts' option is gone.
        await knex().raw(`update cart_shipping_method set shipping_option_id = 'so_gone' where cart_id in (${failing.map(() => "?").join(", ")})`, failing)
        const [failed, placed] = await Promise.all([
          Promise.all(failing.map((cartId) => complete(s.bob, cartId))),
          // A moment later, so the failing ones are already in their checks.
          new Promise((resolve) => setTimeout(resolve, 30)).then(() => complete(s.bob, valid)),
        ])
        for (const response of failed) {
          expect(response.status).toBe(400)
          // Medusa's refusal, or (checked after the valid one held its spend) the limit's.
          if (response.data.code !== "spending_limit_exceeded") expect(response.data.message).toMatch(/shipping/)
        }
        expect(placed.data).toEqual(expect.objectContaining({ type: "order" }))
        const [record] = await orderRecords(s.org, 1)
        expect(record).toEqual(expect.objectContaining({ membership_id: s.membershipId, location_id: s.office, total: EUR_CART }))
        expect(await openCompletions()).toBe(0)
      })
    })
  },
})
