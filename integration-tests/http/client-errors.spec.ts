import Medusa from "@medusajs/js-sdk"
import { httpTestRunner } from "../helpers/runner"
import { B2BClient, B2BError } from "../../src/client"
import { createShop, organizationOfCart } from "../helpers/checkout"
import { createOrganizationFixture } from "../helpers/organizations"

jest.setTimeout(180_000)

const PASSWORD = "correct-horse-battery-staple"

/** The call's B2BError (the test fails if the call succeeds or throws anything else). */
async function refusalOf(call: Promise<unknown>): Promise<B2BError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown
  )
  if (!(error instanceof B2BError)) throw new Error(`expected a B2BError, got ${String(error)}`)
  return error
}

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    /** The storefront's own SDK (JWT in memory, as a browser storefront keeps it), and the client on it. */
    async function storefront(publishableKey: string, email?: string) {
      const sdk = new Medusa({ baseUrl: api.defaults.baseURL as string, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
      if (email) await sdk.auth.login("customer", "emailpass", { email, password: PASSWORD })
      return new B2BClient(sdk)
    }

    it("keeps every part of a refusal the SDK's own FetchError drops: status, type, code, message, fields", async () => {
      const f = await createOrganizationFixture(getContainer(), api)
      const guest = await storefront(f.publishableKey)

      // Field validation: invalid_data with the fields named.
      const invalid = await refusalOf(
        guest.fetch("/store/account-requests", {
          method: "POST",
          body: {
            company: { name: "Bakkerij", vat_number: "NL123456789B01", registration_number: "34567890", country_code: "nl" },
            contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test" },
          },
        })
      )
      expect({ status: invalid.status, code: invalid.code }).toEqual({ status: 400, code: "invalid_data" })
      expect(invalid.errors.map((e) => e.field)).toEqual(["company.vat_number"])
      expect(invalid.fieldError("company.vat_number")).toMatch(/check digit/)

      // No login.
      const anonymous = await refusalOf(guest.fetch(`/store/organizations/${f.organizations.acme}`))
      expect({ status: anonymous.status, code: anonymous.code }).toEqual({ status: 401, code: "unauthorized" })

      // A member without the permission, and another organization's id.
      const requester = await storefront(f.publishableKey, f.sessions.requester.customer.email)
      const forbidden = await refusalOf(requester.fetch(`/store/organizations/${f.organizations.acme}/members`))
      expect({ status: forbidden.status, type: forbidden.type, code: forbidden.code }).toEqual({
        status: 403,
        type: "forbidden",
        code: "permission_required",
      })
      expect(forbidden.message).toMatch(/see the organization's members/)
      const other = await refusalOf(requester.fetch(`/store/organizations/${f.organizations.other}`))
      expect({ status: other.status, code: other.code }).toEqual({ status: 404, code: "not_found" })

      // A used-up budget: rate_limited with Retry-After in seconds.
      let limited: B2BError | undefined
      for (let i = 0; i < 30 && !limited; i++) {
        const refused = await refusalOf(guest.fetch("/store/activations", { method: "POST", body: { token: `guess-${i}`, password: PASSWORD } }))
        if (refused.status === 429) limited = refused
        else expect(refused.code).toBe("token_invalid")
      }
      expect({ status: limited?.status, code: limited?.code }).toEqual({ status: 429, code: "rate_limited" })
      expect(limited!.retryAfterSeconds).toBeGreaterThan(0)
    })

    it("uses the SDK's publishable key and login, and names the acting organization when asked", async () => {
      const f = await createOrganizationFixture(getContainer(), api)
      const shop = await createShop(getContainer(), [])
      const admin = await storefront(f.publishableKey, f.sessions.admin.customer.email)
      const mine = await admin.fetch<{ organizations: { id: string }[] }>("/store/organizations")
      expect(mine.organizations.map((o) => o.id)).toContain(f.organizations.acme)
      // x-organization-id from the parameter: the cart is Acme's.
      const { cart } = await admin.fetch<{ cart: { id: string } }>("/store/carts", {
        method: "POST",
        body: { region_id: shop.regionId },
        organizationId: f.organizations.acme,
      })
      expect(await organizationOfCart(getContainer(), cart.id)).toBe(f.organizations.acme)
      // Naming an organization that is not theirs: the guard's 404, through the client.
      const notTheirs = await refusalOf(
        admin.fetch("/store/carts", { method: "POST", body: { region_id: shop.regionId }, organizationId: f.organizations.other })
      )
      expect({ status: notTheirs.status, code: notTheirs.code }).toEqual({ status: 404, code: "not_found" })
    })
  },
})
