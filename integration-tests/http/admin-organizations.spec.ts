import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createPublishableKey, type CustomerSession } from "../helpers/store"

jest.setTimeout(120_000)

httpTestRunner({
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
        ["post", "/admin/organizations/org_123"],
        ["delete", "/admin/organizations/org_123"],
        ["get", "/admin/organizations/org_123/members"],
        ["post", "/admin/organizations/org_123/members"],
        ["post", "/admin/organizations/org_123/members/orgmem_123"],
        ["delete", "/admin/organizations/org_123/members/orgmem_123"],
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
          vat_number: "NL 0000.99998.B57",
          registration_number: "12345678",
          country_code: "NL",
          metadata: { erp_id: "C-1001" },
        })

        expect(response.status).toBe(200)
        expect(response.data.organization).toEqual({
          id: expect.stringMatching(/^org_/),
          name: "Acme Industrial BV",
          legal_name: "Acme Industrial B.V.",
          vat_number: "NL000099998B57",
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
        // The account-request form's rule (issue 16, item 5): check digits, and KvK is 8 digits.
        [{ name: "Acme", vat_number: "NL123456789B01", country_code: "NL" }, "vat_number", /Field 'vat_number' fails the check digit test$/],
        [{ name: "Acme", vat_number: "NL123456789B01" }, "vat_number", /Field 'vat_number' fails the check digit test$/],
        [{ name: "Acme", registration_number: "1234567", country_code: "NL" }, "registration_number", /Field 'registration_number' must be a Dutch KvK number of 8 digits$/],
        [{ name: "Acme", registration_number: "0123456789", country_code: "BE" }, "registration_number", /mod 97/],
        [{ name: "Acme", admin: { email: "not-an-email" } }, "admin.email", /email/],
      ])("answers 400 for %j naming the field %s", async (body, _field, message) => {
        const response = await createOrganization(body)

        expect(response.status).toBe(400)
        expect(response.data).toEqual({ type: "invalid_data", code: "invalid_data", message: expect.stringMatching(message), errors: expect.any(Array) })

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
          code: "not_found",
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

    describe("organization lifecycle and members (merchant)", () => {
      let publishableKey: string
      let alice: CustomerSession
      let bob: CustomerSession
      const events: { name: string; data: any }[] = []

      beforeAll(async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        for (const name of [
          "organization.created",
          "organization.updated",
          "organization.deleted",
          "organization.member_added",
          "organization.member_updated",
          "organization.member_removed",
        ]) {
          eventBus.subscribe(name, async (event: any) => {
            events.push({ name, data: event.data })
          })
        }
      })

      // The database is restored to its template before every test, so customers are
      // created per test.
      beforeEach(async () => {
        publishableKey = await createPublishableKey(getContainer())
        alice = await createCustomerSession(api, publishableKey, "alice@acme.test")
        bob = await createCustomerSession(api, publishableKey, "bob@acme.test")
        events.length = 0
      })

      const admin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
        send(api, method, url, { body, headers: adminHeaders })

      // By id (the merchant's own choice, active at once) unless a test asks for the e-mail.
      const createWithAdmin = async (by: "id" | "email" = "id") => {
        const response = await admin("post", "/admin/organizations", {
          name: "Acme",
          admin: by === "email" ? { email: "ALICE@acme.test" } : { customer_id: alice.customer.id },
        })
        expect(response.status).toBe(200)
        const members = await admin("get", `/admin/organizations/${response.data.organization.id}/members`)
        return { id: response.data.organization.id as string, adminMembership: members.data.memberships[0] }
      }

      it("creates an organization with its first admin found by e-mail, case-insensitively, pending until the link is used", async () => {
        const { id, adminMembership } = await createWithAdmin("email")
        expect(adminMembership).toEqual(
          expect.objectContaining({
            organization_id: id,
            customer_id: alice.customer.id,
            role: "admin",
            status: "pending",
            permissions: expect.arrayContaining(["members.manage", "orders.approve"]),
            customer: expect.objectContaining({ email: "alice@acme.test" }),
          })
        )
        // A registered login for the e-mail may be somebody else's: nothing acts before the link.
        expect((await send(api, "get", "/store/organizations", { headers: alice.headers })).data.organizations).toEqual([])
        const link = await admin("post", `/admin/organizations/${id}/members/${adminMembership.id}/activation`)
        expect(link.status).toBe(200)
        const [mail] = await emailsTo(getContainer(), "alice@acme.test", { template: "b2b-account-request-approved" })
        const token = tokenFrom(mail, "confirm_url")
        expect((await send(api, "post", "/store/activations", { body: { token }, headers: alice.headers })).status).toBe(200)
        const mine = await send(api, "get", "/store/organizations", { headers: alice.headers })
        expect(mine.data.organizations.map((o: any) => [o.id, o.membership.role])).toEqual([[id, "admin"]])
        await new Promise((resolve) => setTimeout(resolve, 200))
        // Created, the admin added (pending), then activated by the link.
        expect(events.map((e) => e.name).sort()).toEqual(["organization.created", "organization.member_added", "organization.member_updated"])
      })

      it("answers 404 for an unknown first admin id and creates nothing", async () => {
        const response = await admin("post", "/admin/organizations", {
          name: "Ghost BV",
          admin: { customer_id: "cus_nobody" },
        })
        expect(response.status).toBe(404)
        expect(response.data.message).toBe("Customer with id: cus_nobody was not found")
        expect((await admin("get", "/admin/organizations")).data.count).toBe(0)
      })

      it("updates and suspends an organization, and answers 404 for an unknown one", async () => {
        const { id } = await createWithAdmin()
        const updated = await admin("post", `/admin/organizations/${id}`, {
          legal_name: "Acme B.V.",
          status: "suspended",
        })
        expect(updated.status).toBe(200)
        expect(updated.data.organization).toEqual(
          expect.objectContaining({ name: "Acme", legal_name: "Acme B.V.", status: "suspended" })
        )
        const unknown = await admin("post", "/admin/organizations/org_unknown", { name: "X" })
        expect(unknown.status).toBe(404)
        const bad = await admin("post", `/admin/organizations/${id}`, { status: "closed" })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)
      })

      it("deletes an organization with its memberships", async () => {
        const { id } = await createWithAdmin()
        const deleted = await admin("delete", `/admin/organizations/${id}`)
        expect(deleted.data).toEqual({ id, object: "organization", deleted: true })
        expect((await admin("get", `/admin/organizations/${id}`)).status).toBe(404)
        expect((await admin("get", `/admin/organizations/${id}/members`)).status).toBe(404)
        const mine = await send(api, "get", "/store/organizations", { headers: alice.headers })
        expect(mine.data.count).toBe(0)
        expect((await admin("delete", `/admin/organizations/${id}`)).status).toBe(404)
      })

      it("adds, updates and removes members", async () => {
        const { id } = await createWithAdmin()
        const added = await admin("post", `/admin/organizations/${id}/members`, {
          customer_id: bob.customer.id,
          role: "requester",
          grants: ["members.view"],
          spending_limit: { eur: 500 },
        })
        expect(added.status).toBe(200)
        expect(added.data.membership).toEqual(
          expect.objectContaining({
            role: "requester",
            grants: ["members.view"],
            spending_limit: { eur: 500 },
            permissions: expect.arrayContaining(["members.view", "orders.request"]),
            customer: expect.objectContaining({ email: "bob@acme.test" }),
          })
        )
        const membershipId = added.data.membership.id

        const again = await admin("post", `/admin/organizations/${id}/members`, {
          email: "bob@acme.test",
          role: "buyer",
        })
        expect(again.status).toBe(409)
        expect(again.data).toEqual({
          type: "conflict",
          code: "conflict",
          message: `Customer ${bob.customer.id} is already a member of this organization`,
        })

        const updated = await admin("post", `/admin/organizations/${id}/members/${membershipId}`, {
          role: "buyer",
          revokes: ["library.view"],
        })
        expect(updated.data.membership.permissions).toEqual([
          "members.view",
          "orders.place",
          "orders.request",
        ])

        const removed = await admin("delete", `/admin/organizations/${id}/members/${membershipId}`)
        expect(removed.data).toEqual({ id: membershipId, object: "membership", deleted: true })
        expect((await admin("get", `/admin/organizations/${id}/members`)).data.count).toBe(1)
        await new Promise((resolve) => setTimeout(resolve, 200))
        expect(events.map((e) => e.name)).toEqual(
          expect.arrayContaining([
            "organization.member_added",
            "organization.member_updated",
            "organization.member_removed",
          ])
        )
        expect(events.find((e) => e.name === "organization.member_removed")!.data).toEqual({
          id: membershipId,
          organization_id: id,
        })
      })

      it("refuses to leave an organization without an active admin, also for the merchant", async () => {
        const { id, adminMembership } = await createWithAdmin()
        for (const [method, body] of [
          ["post", { role: "buyer" }],
          ["post", { status: "deactivated" }],
          ["delete", undefined],
        ] as const) {
          const response = await admin(method, `/admin/organizations/${id}/members/${adminMembership.id}`, body)
          expect(response.status).toBe(409)
          expect(response.data.message).toMatch(/at least one active admin/)
        }
      })

      it.each([
        [{ role: "admin" }, /customer_id/],
        [{ customer_id: "cus_1", email: "a@b.test", role: "admin" }, /exactly one/],
        [{ email: "not-an-email", role: "admin" }, /email/],
        [{ email: "bob@acme.test", role: "owner" }, /role/],
        [{ email: "bob@acme.test", role: "buyer", grants: ["everything"] }, /grants/],
      ])("refuses member body %j with 400", async (body, message) => {
        const { id } = await createWithAdmin()
        const response = await admin("post", `/admin/organizations/${id}/members`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        expect((await admin("get", `/admin/organizations/${id}/members`)).data.count).toBe(1)
      })

      it("answers 404 for members of an unknown organization or an unknown customer", async () => {
        const unknownOrganization = await admin("post", "/admin/organizations/org_unknown/members", {
          customer_id: bob.customer.id,
          role: "buyer",
        })
        expect(unknownOrganization.status).toBe(404)
        const { id } = await createWithAdmin()
        const unknownCustomer = await admin("post", `/admin/organizations/${id}/members`, {
          customer_id: "cus_unknown",
          role: "buyer",
        })
        expect(unknownCustomer.status).toBe(404)
        expect(unknownCustomer.data.message).toBe("Customer with id: cus_unknown was not found")
      })
    })

    describe("one-step onboarding, duplicates, status (issue 16)", () => {
      const admin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
        send(api, method, url, { body, headers: adminHeaders })
      let publishableKey: string
      beforeEach(async () => {
        publishableKey = await createPublishableKey(getContainer())
      })
      const customersWith = (email: string) =>
        getContainer().resolve(Modules.CUSTOMER).listCustomers({ email }, { select: ["id", "has_account", "first_name"] })

      it("creates organization, customer and pending admin in one request; activation makes the customer registered", async () => {
        const response = await admin("post", "/admin/organizations", {
          name: "Nieuw BV",
          vat_number: "NL000099998B57",
          country_code: "nl",
          admin: { email: "Eva@Nieuw.test", first_name: "Eva", last_name: "de Vries", send_activation: true },
        })
        expect(response.status).toBe(200)
        expect(response.data.email).toEqual({ status: "sent", to: "eva@nieuw.test" })
        const [customer] = await customersWith("eva@nieuw.test")
        expect(customer).toEqual(expect.objectContaining({ has_account: false, first_name: "Eva" }))
        const members = await admin("get", `/admin/organizations/${response.data.organization.id}/members`)
        expect(members.data.memberships).toEqual([
          expect.objectContaining({ customer_id: customer.id, role: "admin", status: "pending" }),
        ])

        const [mail] = await emailsTo(getContainer(), "eva@nieuw.test", { template: "b2b-account-request-approved" })
        expect(mail.data).toEqual(expect.objectContaining({ company_name: "Nieuw BV", first_name: "Eva", confirm_url: null }))
        const token = tokenFrom(mail, "activation_url")
        const storeHeaders = { "x-publishable-api-key": publishableKey }
        const activated = await send(api, "post", "/store/activations", {
          body: { token, password: "a-new-password-1" },
          headers: storeHeaders,
        })
        expect(activated.status).toBe(200)
        expect((await customersWith("eva@nieuw.test"))[0].has_account).toBe(true)
        const after = await admin("get", `/admin/organizations/${response.data.organization.id}/members`)
        expect(after.data.memberships[0].status).toBe("active")
        const login = await send(api, "post", "/auth/customer/emailpass", {
          body: { email: "eva@nieuw.test", password: "a-new-password-1" },
        })
        expect(login.status).toBe(200)
        // The same token twice: refused.
        const again = await send(api, "post", "/store/activations", { body: { token, password: "another-pass-12" }, headers: storeHeaders })
        expect(again.status).toBe(400)
      })

      it("lets the merchant manage the members of an organization whose only admin has not activated yet", async () => {
        const created = await admin("post", "/admin/organizations", {
          name: "Wacht BV",
          admin: { email: "wim@wacht.test", first_name: "Wim" },
        })
        const orgId = created.data.organization.id
        const members = `/admin/organizations/${orgId}/members`
        const [pendingAdmin] = (await admin("get", members)).data.memberships
        expect(pendingAdmin.status).toBe("pending")
        const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "bea@wacht.test" })
        const added = await admin("post", members, { customer_id: customer.id, role: "buyer" })
        expect(added.status).toBe(200)
        const buyer = added.data.membership.id
        // Before: every change answered last_admin, because no admin was active yet.
        const edited = await admin("post", `${members}/${buyer}`, { spending_limit: { eur: 250 } })
        expect(edited.status).toBe(200)
        expect((await admin("delete", `${members}/${buyer}`)).status).toBe(200)
        // The admin still to confirm cannot be taken away: the organization would have none.
        const demoted = await admin("post", `${members}/${pendingAdmin.id}`, { role: "buyer" })
        expect(demoted.status).toBe(409)
        expect(demoted.data.code).toBe("last_admin")
        expect((await admin("delete", `${members}/${pendingAdmin.id}`)).data.code).toBe("last_admin")
      })

      it("reuses an existing registered customer found by e-mail as a pending admin, with a confirm link", async () => {
        const alice = await createCustomerSession(api, publishableKey, "alice@acme.test")
        const response = await admin("post", "/admin/organizations", { name: "Acme", admin: { email: "alice@acme.test", send_activation: true } })
        expect(response.status).toBe(200)
        expect(response.data.email).toEqual({ status: "sent", to: "alice@acme.test" })
        const members = await admin("get", `/admin/organizations/${response.data.organization.id}/members`)
        expect(members.data.memberships).toEqual([expect.objectContaining({ customer_id: alice.customer.id, status: "pending" })])
        expect(await customersWith("alice@acme.test")).toHaveLength(1)
        const [mail] = await emailsTo(getContainer(), "alice@acme.test", { template: "b2b-account-request-approved" })
        expect(mail.data).toEqual(expect.objectContaining({ activation_url: null, confirm_url: expect.stringContaining("token=") }))
      })

      it("names an existing customer by id: the merchant's own choice acts at once, without an e-mail", async () => {
        const alice = await createCustomerSession(api, publishableKey, "alice@acme.test")
        const response = await admin("post", "/admin/organizations", { name: "Acme", admin: { customer_id: alice.customer.id, send_activation: true } })
        expect(response.status).toBe(200)
        expect(response.data.email).toBeUndefined()
        const members = await admin("get", `/admin/organizations/${response.data.organization.id}/members`)
        expect(members.data.memberships).toEqual([expect.objectContaining({ customer_id: alice.customer.id, status: "active" })])
      })

      it("undoes organization and created customer when a later step fails", async () => {
        // The login exists for another customer: ensuring the new admin's login fails after
        // the customer and the organization were made.
        const other = await createCustomerSession(api, publishableKey, "taken@login.test")
        const auth = getContainer().resolve(Modules.AUTH)
        const [identity] = await auth.listProviderIdentities({ entity_id: "taken@login.test" }, { select: ["auth_identity_id"] })
        await getContainer().resolve(Modules.CUSTOMER).deleteCustomers([other.customer.id])
        await auth.updateAuthIdentities({ id: identity.auth_identity_id!, app_metadata: { customer_id: "cus_someone_else" } })
        const response = await admin("post", "/admin/organizations", { name: "Half BV", admin: { email: "taken@login.test" } })
        expect(response.status).toBe(409)
        expect((await admin("get", "/admin/organizations")).data.count).toBe(0)
        expect(await customersWith("taken@login.test")).toHaveLength(0)
      })

      it("refuses a bad VAT number on update, naming the field, and filters and finds duplicates", async () => {
        const created = await admin("post", "/admin/organizations", {
          name: "Acme",
          vat_number: "nl000099998b57",
          registration_number: "3456 7890",
          country_code: "NL",
        })
        expect(created.data.organization).toEqual(expect.objectContaining({ vat_number: "NL000099998B57", registration_number: "34567890" }))
        const id = created.data.organization.id
        const bad = await admin("post", `/admin/organizations/${id}`, { vat_number: "NL123456789B01" })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toBe("Invalid request: Field 'vat_number' fails the check digit test")

        const filtered = await admin("get", "/admin/organizations?vat_number=NL%200000.99998.B57")
        expect(filtered.data.organizations.map((o: any) => o.id)).toEqual([id])
        expect((await admin("get", "/admin/organizations?registration_number=99999999")).data.count).toBe(0)

        const duplicates = await admin("get", "/admin/organizations/duplicates?registration_number=34567890&country_code=nl")
        expect(duplicates.status).toBe(200)
        expect(duplicates.data.organizations).toEqual([
          { id, name: "Acme", vat_number: "NL000099998B57", registration_number: "34567890", status: "active" },
        ])
        const none = await admin("get", "/admin/organizations/duplicates?vat_number=BE0123456749")
        expect(none.data.organizations).toEqual([])
      })

      it("reports e-mail delivery as configured", async () => {
        const response = await admin("get", "/admin/b2b/status")
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ email_delivery: { configured: true, providers: ["local"], message: null } })
        expect((await send(api, "get", "/admin/b2b/status")).status).toBe(401)
      })
    })
  },
})
