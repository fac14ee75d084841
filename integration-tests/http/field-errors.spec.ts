import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { createPublishableKey } from "../helpers/store"

jest.setTimeout(120_000)

/**
 * A validation failure answers Medusa's `{ type, message }` (text unchanged) plus the fields
 * it names, `errors: [{ field, message }]`, which the admin puts next to its form fields.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>

    beforeEach(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })

    const createOrganization = (body: Record<string, unknown>) =>
      send(api, "post", "/admin/organizations", { body, headers: adminHeaders })

    it.each([
      [{}, "name", "Field 'name' is required"],
      [{ name: 42 }, "name", "Expected type: 'string' for field 'name', got: '42'"],
      [{ name: "Acme", status: "frozen" }, "status", /^Expected: '.+' for field 'status', but got: 'frozen'$/],
      [{ name: "Acme", owner: "me" }, "owner", "Unrecognized fields: 'owner'"],
      [{ name: "Acme", vat_number: "NL123456789B01", country_code: "NL" }, "vat_number", "Field 'vat_number' fails the check digit test"],
      [{ name: "Acme", registration_number: "1234567", country_code: "NL" }, "registration_number", "Field 'registration_number' must be a Dutch KvK number of 8 digits"],
    ])("a bad body %j names the field %s", async (body, field, message) => {
      const response = await createOrganization(body)

      expect(response.status).toBe(400)
      expect(response.data).toEqual({
        type: "invalid_data",
        code: "invalid_data",
        message: expect.stringMatching(/^Invalid request: /),
        errors: [{ field, message: typeof message === "string" ? message : expect.stringMatching(message) }],
      })
      expect(response.data.message).toBe(`Invalid request: ${response.data.errors[0].message}`)
    })

    it("names every field of a joined message, nested ones by their path", async () => {
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
      const storeHeaders = { "x-publishable-api-key": await createPublishableKey(getContainer()) }
      const response = await send(api, "post", "/store/account-requests", {
        headers: storeHeaders,
        body: {
          company: { name: "Bakkerij", vat_number: "NL123456789B01", registration_number: "1234567", country_code: "nl" },
          contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test" },
        },
      })

      expect(response.status).toBe(400)
      expect(response.data.errors.map((e: { field: string }) => e.field)).toEqual(["company.vat_number", "company.registration_number"])
    })

    it("adds nothing to other errors", async () => {
      const response = await send(api, "get", "/admin/organizations/org_missing", { headers: adminHeaders })

      expect(response.status).toBe(404)
      expect(response.data.errors).toBeUndefined()
    })
  },
})
