import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createPublishableKey } from "../helpers/store"

jest.setTimeout(120_000)

const validBody = (email = "jan@bakkerij.test") => ({
  company: {
    name: "Bakkerij Jansen",
    vat_number: "NL000099998B57",
    registration_number: "3456 7890",
    country_code: "NL",
    address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" },
  },
  contact: { first_name: "Jan", last_name: "Jansen", email, phone: "+31 30 123 4567" },
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

    // Every test starts with a fresh request budget (the limit itself has its own test).
    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
    })

    const request = (body: unknown) => send(api, "post", "/store/account-requests", { body, headers: storeHeaders })
    const admin = (method: "get" | "post", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: adminHeaders })

    it("takes a request without login and normalises the numbers", async () => {
      const response = await request(validBody("Jan@Bakkerij.test"))
      expect(response.status).toBe(200)
      expect(response.data.account_request).toEqual({
        id: expect.stringMatching(/^accreq_/),
        status: "pending",
        company_name: "Bakkerij Jansen",
        email: "jan@bakkerij.test",
        created_at: expect.any(String),
      })
      const stored = await admin("get", `/admin/account-requests/${response.data.account_request.id}`)
      expect(stored.data.account_request).toEqual(
        expect.objectContaining({ vat_number: "NL000099998B57", registration_number: "34567890", country_code: "nl" })
      )
    })

    it("needs the publishable key", async () => {
      const response = await send(api, "post", "/store/account-requests", { body: validBody() })
      expect(response.status).toBe(400)
    })

    it("refuses a second pending request for the same e-mail (409)", async () => {
      expect((await request(validBody())).status).toBe(200)
      const again = await request(validBody("JAN@bakkerij.test"))
      expect(again.status).toBe(409)
      expect(again.data.message).toBe("An account request for jan@bakkerij.test is already waiting for a decision")
    })

    it.each([
      [{ vat_number: "NL123456789B01" }, /company.vat_number' fails the check digit test/],
      [{ vat_number: "BE0403170701" }, /company.vat_number' must be a NL VAT number/],
      [{ registration_number: "1234567" }, /company.registration_number' must be a Dutch KvK number/],
      [
        { country_code: "BE", vat_number: "BE0403170701", registration_number: "0403170702" },
        /company.registration_number' fails the Belgian enterprise number check/,
      ],
      [{ name: "" }, /name/],
      [{ country_code: "Netherlands" }, /country_code/],
    ])("refuses company %j with 400 naming the field", async (company, message) => {
      const body = validBody()
      const response = await request({ ...body, company: { ...body.company, ...company } })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
      expect((await admin("get", "/admin/account-requests")).data.count).toBe(0)
    })

    it("refuses a bad contact e-mail and unknown fields", async () => {
      const body = validBody()
      const email = await request({ ...body, contact: { ...body.contact, email: "jan" } })
      expect(email.status).toBe(400)
      expect(email.data.message).toMatch(/email/)
      const extra = await request({ ...body, status: "approved" })
      expect(extra.data.message).toMatch(/Unrecognized fields: 'status'/)
    })

    it("lists, filters and searches requests for the merchant", async () => {
      await request(validBody("a@one.test"))
      await request({ ...validBody("b@two.test"), company: { ...validBody().company, name: "Slagerij Pieters" } })
      const all = await admin("get", "/admin/account-requests?status=pending&limit=1")
      expect(all.data).toEqual(
        expect.objectContaining({ count: 2, limit: 1, offset: 0, account_requests: [expect.objectContaining({ email: "b@two.test" })] })
      )
      const search = await admin("get", "/admin/account-requests?q=slagerij")
      expect(search.data.account_requests.map((r: any) => r.email)).toEqual(["b@two.test"])
      expect((await admin("get", "/admin/account-requests/accreq_unknown")).status).toBe(404)
      expect((await send(api, "get", "/admin/account-requests")).status).toBe(401)
    })

    it("rejects once, e-mails the reason, and answers 409 to a second decision", async () => {
      const { data } = await request(validBody())
      const id = data.account_request.id
      const [first, second] = await Promise.all([
        admin("post", `/admin/account-requests/${id}/reject`, { reason: "We only sell to registered bakeries." }),
        admin("post", `/admin/account-requests/${id}/reject`, { reason: "Duplicate." }),
      ])
      expect([first.status, second.status].sort()).toEqual([200, 409])
      const decided = await admin("get", `/admin/account-requests/${id}`)
      expect(decided.data.account_request).toEqual(
        expect.objectContaining({ status: "rejected", decided_by: expect.stringMatching(/^user_/), decided_at: expect.any(String) })
      )
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-rejected" })
      expect(mail).toEqual(expect.objectContaining({ channel: "email", template: "b2b-account-request-rejected" }))
      expect(mail.data).toEqual(
        expect.objectContaining({ company_name: "Bakkerij Jansen", reason: decided.data.account_request.reason })
      )
      const missingReason = await admin("post", `/admin/account-requests/${id}/reject`, {})
      expect(missingReason.status).toBe(400)
      // A new request may follow a rejected one.
      expect((await request(validBody())).status).toBe(200)
    })

    const approve = (id: string, body: unknown = {}) => admin("post", `/admin/account-requests/${id}/approve`, body)
    const countRows = async (table: string, where = "true") => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(`select count(*)::int as n from ${table} where ${where}`)
      return rows[0].n as number
    }
    const login = (email: string, password: string) =>
      send(api, "post", "/auth/customer/emailpass", { body: { email, password } })

    it("approves: customer, organization with the contact as pending admin, activation e-mail, then log in", async () => {
      const { data } = await request(validBody())
      const id = data.account_request.id
      const approved = await approve(id)
      expect(approved.status).toBe(200)
      expect(approved.data.account_request).toEqual(
        expect.objectContaining({
          status: "approved",
          decided_by: expect.stringMatching(/^user_/),
          organization_id: expect.stringMatching(/^org_/),
          customer_id: expect.stringMatching(/^cus_/),
          activated_at: null,
        })
      )
      expect(JSON.stringify(approved.data)).not.toMatch(/token/)
      const organizationId = approved.data.account_request.organization_id

      const organization = await admin("get", `/admin/organizations/${organizationId}`)
      expect(organization.data.organization).toEqual(
        expect.objectContaining({ name: "Bakkerij Jansen", vat_number: "NL000099998B57", registration_number: "34567890" })
      )
      const members = await admin("get", `/admin/organizations/${organizationId}/members`)
      expect(members.data.memberships).toEqual([
        expect.objectContaining({ role: "admin", status: "pending", customer: expect.objectContaining({ email: "jan@bakkerij.test" }) }),
      ])

      // Not yet activated: no password works.
      expect((await login("jan@bakkerij.test", "whatever-password")).status).toBe(401)

      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved" })
      expect(mail.data).toEqual(expect.objectContaining({ company_name: "Bakkerij Jansen", first_name: "Jan" }))
      const token = tokenFrom(mail, "activation_url")
      expect(await countRows("organization_account_request", `activation_token_hash = '${token}'`)).toBe(0)

      const short = await send(api, "post", "/store/activations", { body: { token, password: "short" }, headers: storeHeaders })
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/field 'password' too small, expected at least: '10'/)

      const activated = await send(api, "post", "/store/activations", {
        body: { token, password: "krentenbollen-2026" },
        headers: storeHeaders,
      })
      expect(activated.status).toBe(200)
      expect(activated.data).toEqual({ activated: true, email: "jan@bakkerij.test" })

      const session = await login("jan@bakkerij.test", "krentenbollen-2026")
      expect(session.status).toBe(200)
      const mine = await send(api, "get", "/store/organizations", {
        headers: { ...storeHeaders, authorization: `Bearer ${session.data.token}` },
      })
      expect(mine.status).toBe(200)
      expect(mine.data.organizations).toEqual([
        expect.objectContaining({ id: organizationId, membership: expect.objectContaining({ role: "admin", status: "active" }) }),
      ])

      // Single use: the same token again, even in parallel, is refused.
      const reused = await Promise.all(
        [1, 2].map(() =>
          send(api, "post", "/store/activations", { body: { token, password: "another-password-1" }, headers: storeHeaders })
        )
      )
      expect(reused.map((r) => r.status)).toEqual([400, 400])
      expect(reused.map((r) => r.data.code)).toEqual(["token_used", "token_used"])
      expect(reused[0].data.message).toBe("This activation link was used already: log in with your e-mail address and password")
      expect((await login("jan@bakkerij.test", "krentenbollen-2026")).status).toBe(200)
    })

    it("uses an activation token exactly once under parallel requests", async () => {
      const { data } = await request(validBody())
      await approve(data.account_request.id)
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved" })
      const token = tokenFrom(mail, "activation_url")
      const results = await Promise.all(
        ["first-password-1", "second-password-2", "third-password-3"].map((password) =>
          send(api, "post", "/store/activations", { body: { token, password }, headers: storeHeaders })
        )
      )
      expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400])
    })

    it("refuses unknown and expired activation tokens, each with its code", async () => {
      const unknown = await send(api, "post", "/store/activations", {
        body: { token: "not-a-token", password: "long-enough-password" },
        headers: storeHeaders,
      })
      expect(unknown.status).toBe(400)
      const { data } = await request(validBody())
      await approve(data.account_request.id)
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved" })
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("update organization_account_request set activation_expires_at = now() - interval '1 second'")
      const expired = await send(api, "post", "/store/activations", {
        body: { token: tokenFrom(mail, "activation_url"), password: "long-enough-password" },
        headers: storeHeaders,
      })
      // Each says what is wrong (only the link's holder asks): unknown, expired.
      expect({ status: unknown.status, code: unknown.data.code }).toEqual({ status: 400, code: "token_invalid" })
      expect({ status: expired.status, code: expired.data.code }).toEqual({ status: 400, code: "token_expired" })
      expect(expired.data.message).toBe("This activation link has expired: ask the shop for a new one")
    })

    it("reuses an existing customer account: a confirm link, the membership acts once it is used", async () => {
      const existing = await createCustomerSession(api, storeHeaders["x-publishable-api-key"], "jan@bakkerij.test")
      const { data } = await request(validBody())
      const approved = await approve(data.account_request.id)
      expect(approved.data.account_request.customer_id).toBe(existing.customer.id)
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved" })
      expect(mail.data?.activation_url).toBeNull()
      const listed = () => send(api, "get", "/store/organizations", { headers: existing.headers })
      expect((await listed()).data.organizations).toHaveLength(0)
      const confirmed = await send(api, "post", "/store/activations", {
        body: { token: tokenFrom(mail, "confirm_url") },
        headers: existing.headers,
      })
      expect(confirmed.status).toBe(200)
      expect((await listed()).data.organizations).toHaveLength(1)
      expect(await countRows("customer", "email = 'jan@bakkerij.test' and deleted_at is null")).toBe(1)
    })

    it("decides once: approve and reject in parallel, one wins, the other gets 409", async () => {
      const { data } = await request(validBody())
      const id = data.account_request.id
      const results = await Promise.all([approve(id), admin("post", `/admin/account-requests/${id}/reject`, { reason: "No." })])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      expect(await countRows("organization", "deleted_at is null")).toBe(results[0].status === 200 ? 1 : 0)
      expect((await approve(id)).status).toBe(409)
      expect((await approve("accreq_unknown")).status).toBe(404)
      expect((await approve(id, { access_group_ids: "x" })).status).toBe(400)
    })

    it("leaves nothing behind when a late step of the approval fails (compensation)", async () => {
      const { data } = await request(validBody())
      const id = data.account_request.id
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // Make the last write (recording the outcome) fail, after customer, organization and membership exist.
      await knex.raw(`
        create or replace function fail_outcome() returns trigger as $$
        begin
          if new.organization_id is not null and old.organization_id is null then
            raise exception 'injected failure';
          end if;
          return new;
        end $$ language plpgsql;
        create trigger fail_outcome before update on organization_account_request
          for each row execute function fail_outcome();`)
      try {
        const failed = await approve(id)
        expect(failed.status).toBeGreaterThanOrEqual(400)
      } finally {
        await knex.raw("drop trigger fail_outcome on organization_account_request; drop function fail_outcome();")
      }
      const after = await admin("get", `/admin/account-requests/${id}`)
      expect(after.data.account_request).toEqual(
        expect.objectContaining({ status: "pending", decided_by: null, organization_id: null, customer_id: null })
      )
      expect(await countRows("organization", "deleted_at is null")).toBe(0)
      expect(await countRows("organization_membership", "deleted_at is null")).toBe(0)
      expect(await countRows("customer", "deleted_at is null")).toBe(0)
      expect(await countRows("provider_identity", "entity_id = 'jan@bakkerij.test'")).toBe(0)
      expect(
        await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved", atLeast: 1, timeoutMs: 500 })
      ).toHaveLength(0)
      // And the request can still be approved afterwards.
      expect((await approve(id)).status).toBe(200)
    })

    it("activates a pending member by hand: a fresh activation link, the e-mailed one dead", async () => {
      const { data } = await request(validBody())
      const approved = await approve(data.account_request.id)
      const { organization_id } = approved.data.account_request
      const members = await admin("get", `/admin/organizations/${organization_id}/members`)
      const membershipId = members.data.memberships[0].id
      const [first] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved" })

      const sent = await admin("post", `/admin/organizations/${organization_id}/members/${membershipId}/activation`)
      expect(sent.status).toBe(200)
      expect(sent.data.activation).toEqual({ sent_to: "jan@bakkerij.test" })
      expect(sent.data.email).toEqual({ status: "sent", to: "jan@bakkerij.test" })
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-approved", atLeast: 2 })
      expect(mail.id).not.toBe(first.id)
      expect(mail.data).toEqual(expect.objectContaining({ company_name: "Bakkerij Jansen", first_name: "Jan" }))

      const activate = (token: string) =>
        send(api, "post", "/store/activations", { body: { token, password: "set-by-activation-1" }, headers: storeHeaders })
      expect((await activate(tokenFrom(first, "activation_url"))).status).toBe(400)
      expect((await activate(tokenFrom(mail, "activation_url"))).status).toBe(200)
      expect((await login("jan@bakkerij.test", "set-by-activation-1")).status).toBe(200)

      expect((await admin("post", `/admin/organizations/${organization_id}/members/orgmem_unknown/activation`)).status).toBe(404)
      expect((await admin("post", `/admin/organizations/org_unknown/members/${membershipId}/activation`)).status).toBe(404)
    })

    it("activates by hand an active member who had no login: Medusa's reset-password token in a set-password e-mail", async () => {
      // A registered customer without a login (e.g. imported): an active admin at once.
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "piet@bakkerij.test", first_name: "Piet", has_account: true })
      const created = await admin("post", "/admin/organizations", { name: "Bakkerij Piet", admin: { customer_id: customer.id } })
      const organizationId = created.data.organization.id
      const members = await admin("get", `/admin/organizations/${organizationId}/members`)
      const sent = await admin("post", `/admin/organizations/${organizationId}/members/${members.data.memberships[0].id}/activation`)
      expect(sent.status).toBe(200)
      expect(sent.data.email).toEqual({ status: "sent", to: "piet@bakkerij.test" })
      const [mail] = await emailsTo(getContainer(), "piet@bakkerij.test", { template: "b2b-member-activation" })
      expect(mail.data).toEqual(expect.objectContaining({ organization_name: "Bakkerij Piet", email: "piet@bakkerij.test" }))
      const update = await send(api, "post", "/auth/customer/emailpass/update", {
        body: { email: "piet@bakkerij.test", password: "pietjes-password-1" },
        headers: { authorization: `Bearer ${tokenFrom(mail, "set_password_url")}` },
      })
      expect(update.status).toBe(200)
      const session = await login("piet@bakkerij.test", "pietjes-password-1")
      expect(session.status).toBe(200)
      const mine = await send(api, "get", "/store/organizations", {
        headers: { ...storeHeaders, authorization: `Bearer ${session.data.token}` },
      })
      expect(mine.data.organizations.map((o: any) => o.id)).toEqual([organizationId])
    })

    it("tells the dashboard bell and acknowledges the request by e-mail", async () => {
      const { data } = await request(validBody())
      const [ack] = await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-received" })
      expect(ack.data).toEqual({ first_name: "Jan", company_name: "Bakkerij Jansen" })
      const feed = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })
      expect(feed).toEqual([
        expect.objectContaining({
          to: "",
          template: "admin-ui",
          data: expect.objectContaining({
            title: "New account request",
            description: expect.stringContaining("Bakkerij Jansen"),
            account_request_id: data.account_request.id,
          }),
        }),
      ])
    })

    it("approval answers the e-mail outcome and turns the request's address into the first location, the contact assigned", async () => {
      const { data } = await request(validBody())
      const approved = await approve(data.account_request.id)
      expect(approved.status).toBe(200)
      expect(approved.data.email).toEqual({ status: "sent", to: "jan@bakkerij.test" })
      const organizationId = approved.data.account_request.organization_id
      expect(approved.data.organization).toEqual(
        expect.objectContaining({
          id: organizationId,
          locations: [
            expect.objectContaining({ label: "Bakkerij Jansen", address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }),
          ],
        })
      )
      const locationId = approved.data.organization.locations[0].id
      const [member] = (await admin("get", `/admin/organizations/${organizationId}/members`)).data.memberships
      const service = getContainer().resolve("organization") as { listMembershipLocationIds: (id: string) => Promise<string[]> }
      expect(await service.listMembershipLocationIds(member.id)).toEqual([locationId])
    })

    it("shows possible duplicates and approves one only when told to", async () => {
      const existing = await admin("post", "/admin/organizations", {
        name: "Jansen Holding",
        vat_number: "NL000099998B57",
        country_code: "NL",
      })
      const { data } = await request(validBody())
      const id = data.account_request.id
      const detail = await admin("get", `/admin/account-requests/${id}`)
      expect(detail.data.account_request.possible_duplicates).toEqual([
        { id: existing.data.organization.id, name: "Jansen Holding", vat_number: "NL000099998B57", registration_number: null, status: "active" },
      ])
      const refused = await approve(id)
      expect(refused.status).toBe(409)
      expect(refused.data).toEqual({ type: "conflict", code: "possible_duplicate", message: expect.stringContaining("Jansen Holding") })
      expect((await admin("get", `/admin/account-requests/${id}`)).data.account_request.status).toBe("pending")
      const approved = await approve(id, { allow_duplicate: true })
      expect(approved.status).toBe(200)
      expect((await admin("get", "/admin/organizations?vat_number=NL000099998B57")).data.count).toBe(2)
    })

    it("rate-limits account requests per client (429 with Retry-After)", async () => {
      const statuses: number[] = []
      let retryAfter: string | undefined
      for (let i = 0; i < 7; i++) {
        const response = await request(validBody(`flood${i}@spam.test`))
        statuses.push(response.status)
        retryAfter ??= response.headers["retry-after"]
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
      expect(Number(retryAfter)).toBeGreaterThan(0)
    })
  },
})
