import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>

    beforeEach(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })

    const createOrganization = async (body: Record<string, unknown>) =>
      send(api, "post", "/admin/organizations", { body, headers: adminHeaders })

    describe("admin authentication", () => {
      it.each([
        ["get", "/admin/organizations"],
        ["post", "/admin/organizations"],
        ["get", "/admin/organizations/org_123"],
      ] as const)("%s %s answers 401 without an admin session", async (method, url) => {
        const response = await send(api, method, url, { body: { name: "Acme" } })
        expect(response.status).toBe(401)
      })

      it("does not accept a customer token on admin routes", async () => {
        await send(api, "post", "/auth/customer/emailpass/register", {
          body: { email: "buyer@example.com", password: "secret-password-1" },
        })
        const login = await send(api, "post", "/auth/customer/emailpass", {
          body: { email: "buyer@example.com", password: "secret-password-1" },
        })
        const response = await send(api, "get", "/admin/organizations", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(response.status).toBe(401)
      })
    })

    describe("POST /admin/organizations", () => {
      it("creates an organization and returns it", async () => {
        const response = await createOrganization({
          name: "  Acme Industrial BV ",
          legal_name: "Acme Industrial B.V.",
          vat_number: "NL123456789B01",
          registration_number: "12345678",
          country_code: "NL",
          metadata: { erp_id: "C-1001" },
        })

        expect(response.status).toBe(200)
        expect(response.data.organization).toEqual({
          id: expect.stringMatching(/^org_/),
          name: "Acme Industrial BV",
          legal_name: "Acme Industrial B.V.",
          vat_number: "NL123456789B01",
          registration_number: "12345678",
          country_code: "nl",
          status: "active",
          metadata: { erp_id: "C-1001" },
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })

        const read = await send(api, "get", `/admin/organizations/${response.data.organization.id}`, {
          headers: adminHeaders,
        })
        expect(read.status).toBe(200)
        expect(read.data.organization).toEqual(response.data.organization)
      })

      it.each([
        [{}, "name", /Field 'name' is required/],
        [{ name: "" }, "name", /name/],
        [{ name: 42 }, "name", /Expected type: 'string' for field 'name'/],
        [{ name: "x".repeat(256) }, "name", /field 'name' too big/],
        [{ name: "Acme", country_code: "NLD" }, "country_code", /two-letter/],
        [{ name: "Acme", status: "frozen" }, "status", /field 'status'/],
        [{ name: "Acme", metadata: "nope" }, "metadata", /field 'metadata'/],
        [{ name: "Acme", owner: "me" }, "owner", /Unrecognized fields: 'owner'/],
      ])("answers 400 for %j naming the field %s", async (body, _field, message) => {
        const response = await createOrganization(body)

        expect(response.status).toBe(400)
        expect(response.data).toEqual({ type: "invalid_data", message: expect.stringMatching(message) })

        const list = await send(api, "get", "/admin/organizations", { headers: adminHeaders })
        expect(list.data.count).toBe(0)
      })
    })

    describe("GET /admin/organizations/:id", () => {
      it("answers 404 for an unknown id", async () => {
        const response = await send(api, "get", "/admin/organizations/org_does_not_exist", {
          headers: adminHeaders,
        })
        expect(response.status).toBe(404)
        expect(response.data).toEqual({
          type: "not_found",
          message: "Organization with id: org_does_not_exist was not found",
        })
      })

      it("returns only the requested fields", async () => {
        const created = await createOrganization({ name: "Fielded BV", country_code: "be" })
        const response = await send(
          api,
          "get",
          `/admin/organizations/${created.data.organization.id}?fields=id,name`,
          { headers: adminHeaders }
        )
        expect(response.status).toBe(200)
        expect(response.data.organization).toEqual({
          id: created.data.organization.id,
          name: "Fielded BV",
        })
      })
    })

    describe("GET /admin/organizations", () => {
      beforeEach(async () => {
        for (const [name, country_code, status] of [
          ["Alpha Supplies", "nl", "active"],
          ["Beta Tools", "be", "active"],
          ["Gamma Supplies", "nl", "suspended"],
          ["Delta Trading", "de", "active"],
          ["Epsilon Supplies", "be", "active"],
        ]) {
          const response = await createOrganization({ name, country_code, status })
          expect(response.status).toBe(200)
        }
      })

      it("paginates in the database and reports the total count", async () => {
        const first = await send(api, "get", "/admin/organizations?limit=2&offset=0&order=name", {
          headers: adminHeaders,
        })
        expect(first.status).toBe(200)
        expect(first.data).toEqual({
          organizations: [
            expect.objectContaining({ name: "Alpha Supplies" }),
            expect.objectContaining({ name: "Beta Tools" }),
          ],
          count: 5,
          limit: 2,
          offset: 0,
        })

        const last = await send(api, "get", "/admin/organizations?limit=2&offset=4&order=name", {
          headers: adminHeaders,
        })
        expect(last.data.organizations.map((o: any) => o.name)).toEqual(["Gamma Supplies"])
        expect(last.data.count).toBe(5)
      })

      it("searches with q and filters by status and country", async () => {
        const search = await send(api, "get", "/admin/organizations?q=supplies&order=name", {
          headers: adminHeaders,
        })
        expect(search.data.organizations.map((o: any) => o.name)).toEqual([
          "Alpha Supplies",
          "Epsilon Supplies",
          "Gamma Supplies",
        ])
        expect(search.data.count).toBe(3)

        const filtered = await send(
          api,
          "get",
          "/admin/organizations?q=supplies&status=active&country_code=BE",
          { headers: adminHeaders }
        )
        expect(filtered.data.organizations.map((o: any) => o.name)).toEqual(["Epsilon Supplies"])
      })

      it("answers 400 for a bad limit or an unknown status filter", async () => {
        const badLimit = await send(api, "get", "/admin/organizations?limit=abc", {
          headers: adminHeaders,
        })
        expect(badLimit.status).toBe(400)
        expect(badLimit.data.message).toMatch(/limit/)

        const badStatus = await send(api, "get", "/admin/organizations?status=frozen", {
          headers: adminHeaders,
        })
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toMatch(/status/)
      })
    })
  },
})
