import { MedusaError, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createPublishableKey } from "../helpers/store"
import { batchAddMembersWorkflow } from "../../src/workflows/organization"

jest.setTimeout(180_000)

// POST /admin/organizations/:id/members/batch (issue 18): up to 1,000 members by e-mail, all or
// nothing, customers created when missing, one round of events.
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    const events: { name: string; data: any }[] = []
    // A merchant's hook that fails after every write, to prove the compensation undoes them all.
    let failInHook = false

    beforeAll(async () => {
      batchAddMembersWorkflow.hooks.membersAdded(async () => {
        if (failInHook) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Refused by the store's own hook")
      })
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["organization.member_added", "customer.created"]) {
        eventBus.subscribe(name, async (event: any) => {
          events.push({ name, data: event.data })
        })
      }
    })

    beforeEach(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      events.length = 0
    })

    const admin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: adminHeaders })

    const createOrganization = async (name: string) => {
      const response = await admin("post", "/admin/organizations", { name })
      expect(response.status).toBe(200)
      return response.data.organization.id as string
    }

    const createLocation = async (organizationId: string, label: string) => {
      const response = await admin("post", `/admin/organizations/${organizationId}/locations`, {
        label,
        address_1: "Kerkstraat 1",
        city: "Utrecht",
        postal_code: "3511 AA",
        country_code: "nl",
      })
      expect(response.status).toBe(200)
      return response.data.location.id as string
    }

    const batch = (organizationId: string, body: unknown) => admin("post", `/admin/organizations/${organizationId}/members/batch`, body)

    const customerCount = async () => (await getContainer().resolve(Modules.CUSTOMER).listAndCountCustomers({}, { take: 1 }))[1]
    const memberCount = async (organizationId: string) =>
      (await admin("get", `/admin/organizations/${organizationId}/members?limit=1`)).data.count as number
    const snapshot = async (organizationId: string) => ({ customers: await customerCount(), members: await memberCount(organizationId) })

    const rows = (count: number, domain: string, extra: Record<string, unknown> = {}) =>
      Array.from({ length: count }, (_, i) => ({ email: `member${i}@${domain}`, first_name: `M${i}`, role: "buyer", ...extra }))

    it("answers 401 without an admin session", async () => {
      const response = await send(api, "post", "/admin/organizations/org_123/members/batch", {
        body: { members: [{ email: "a@b.test", role: "buyer" }] },
      })
      expect(response.status).toBe(401)
    })

    it("adds an existing customer and two new ones, with locations, in one round of events", async () => {
      const publishableKey = await createPublishableKey(getContainer())
      const existing = await createCustomerSession(api, publishableKey, "known@acme.test")
      const organizationId = await createOrganization("Acme")
      const north = await createLocation(organizationId, "North")
      const south = await createLocation(organizationId, "South")
      const before = await customerCount()
      await new Promise((resolve) => setTimeout(resolve, 200))
      events.length = 0

      const response = await batch(organizationId, {
        members: [
          { email: "KNOWN@Acme.test", role: "admin" },
          { email: "new.one@acme.test", first_name: "New", last_name: "One", role: "buyer", location_ids: [north, south], spending_limit: { eur: 250 } },
          { email: "new.two@acme.test", role: "requester", grants: ["members.view"], revokes: ["library.view"], location_ids: [] },
        ],
      })

      expect(response.status).toBe(200)
      expect(response.data.count).toBe(3)
      expect(response.data.created_customers).toBe(2)
      const byEmail = Object.fromEntries(response.data.memberships.map((m: any) => [m.customer.email, m]))
      expect(byEmail["known@acme.test"]).toEqual(
        expect.objectContaining({ organization_id: organizationId, customer_id: existing.customer.id, role: "admin", status: "pending" })
      )
      expect(byEmail["new.one@acme.test"]).toEqual(
        expect.objectContaining({
          role: "buyer",
          spending_limit: { eur: 250 },
          spending_limit_set_by: "merchant",
          customer: expect.objectContaining({ first_name: "New", last_name: "One" }),
          permissions: expect.arrayContaining(["orders.place"]),
        })
      )
      expect(byEmail["new.one@acme.test"].locations.map((l: any) => l.id).sort()).toEqual([north, south].sort())
      expect(byEmail["new.two@acme.test"]).toEqual(expect.objectContaining({ role: "requester", grants: ["members.view"], locations: [] }))
      expect(byEmail["new.two@acme.test"].permissions).toEqual(expect.arrayContaining(["members.view", "orders.request"]))
      expect(byEmail["new.two@acme.test"].permissions).not.toContain("library.view")

      // The customers: the known one reused, two created without an account.
      expect(await customerCount()).toBe(before + 2)
      const created = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ email: ["new.one@acme.test", "new.two@acme.test"] }, { select: ["id", "has_account"] })
      expect(created.map((c) => c.has_account)).toEqual([false, false])

      // The members list shows them as the single route's members.
      const list = await admin("get", `/admin/organizations/${organizationId}/members`)
      expect(list.data.count).toBe(3)
      expect(list.data.memberships.map((m: any) => m.id).sort()).toEqual(response.data.memberships.map((m: any) => m.id).sort())

      await new Promise((resolve) => setTimeout(resolve, 300))
      const added = events.filter((e) => e.name === "organization.member_added")
      expect(added.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        response.data.memberships
          .map((m: any) => ({ id: m.id, organization_id: organizationId }))
          .sort((a: any, b: any) => a.id.localeCompare(b.id))
      )
      // Medusa's own event for the customers it created, once each.
      expect(events.filter((e) => e.name === "customer.created").map((e) => e.data.id).sort()).toEqual(created.map((c) => c.id).sort())
    })

    it("gives rows without location_ids the organization's only location", async () => {
      const organizationId = await createOrganization("Solo")
      const only = await createLocation(organizationId, "Main")
      const response = await batch(organizationId, { members: rows(2, "solo.test") })
      expect(response.status).toBe(200)
      expect(response.data.memberships.map((m: any) => m.locations.map((l: any) => l.id))).toEqual([[only], [only]])
    })

    it("refuses bad rows in the body with one 400 naming every one of them, writing nothing", async () => {
      const organizationId = await createOrganization("Acme")
      const before = await snapshot(organizationId)
      const response = await batch(organizationId, {
        members: [
          { email: "good@acme.test", role: "buyer" },
          { email: "not-an-email", role: "buyer" },
          { email: "twice@acme.test", role: "buyer" },
          { email: "TWICE@acme.test", role: "buyer" },
          { email: "owner@acme.test", role: "owner" },
          { email: "grant@acme.test", role: "buyer", grants: ["everything"] },
          { email: "revoke@acme.test", role: "buyer", revokes: ["nothing"] },
          { email: "extra@acme.test", role: "buyer", nickname: "x" },
        ],
      })
      expect(response.status).toBe(400)
      expect(response.data.type).toBe("invalid_data")
      expect(response.data.errors.map((e: any) => e.field)).toEqual([
        "members[1].email",
        "members[3].email",
        "members[4].role",
        "members[5].grants[0]",
        "members[6].revokes[0]",
        "members[7].nickname",
      ])
      expect(response.data.errors[1].message).toMatch(/repeats the e-mail of members\[2\]/)
      expect(await snapshot(organizationId)).toEqual(before)
    })

    it("refuses rows the data rules out (already a member, another organization's location) naming each, writing nothing", async () => {
      const publishableKey = await createPublishableKey(getContainer())
      const member = await createCustomerSession(api, publishableKey, "member@acme.test")
      const organizationId = await createOrganization("Acme")
      const otherId = await createOrganization("Other")
      const own = await createLocation(organizationId, "Own")
      const foreign = await createLocation(otherId, "Theirs")
      const single = await admin("post", `/admin/organizations/${organizationId}/members`, { customer_id: member.customer.id, role: "buyer" })
      expect(single.status).toBe(200)
      const before = await snapshot(organizationId)

      const response = await batch(organizationId, {
        members: [
          { email: "fresh@acme.test", role: "buyer", location_ids: [own] },
          { email: "Member@Acme.test", role: "buyer" },
          { email: "fresh2@acme.test", role: "buyer", location_ids: [own, foreign] },
          { email: "fresh3@acme.test", role: "buyer", location_ids: ["oloc_unknown"] },
        ],
      })
      expect(response.status).toBe(400)
      expect(response.data.errors).toEqual([
        { field: "members[1].email", message: "Field 'members[1].email' is already a member of this organization" },
        { field: "members[2].location_ids", message: `Field 'members[2].location_ids' names Location with id: ${foreign}, which was not found` },
        { field: "members[3].location_ids", message: "Field 'members[3].location_ids' names Location with id: oloc_unknown, which was not found" },
      ])
      expect(await snapshot(organizationId)).toEqual(before)
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "fresh@acme.test" })).toHaveLength(0)
    })

    it("undoes customers, memberships and locations when a later step fails, and frees the e-mails", async () => {
      const organizationId = await createOrganization("Half")
      await createLocation(organizationId, "Main")
      const before = await snapshot(organizationId)
      failInHook = true
      try {
        const failed = await batch(organizationId, { members: rows(5, "half.test") })
        expect(failed.status).toBe(400)
        expect(failed.data.message).toBe("Refused by the store's own hook")
      } finally {
        failInHook = false
      }
      expect(await snapshot(organizationId)).toEqual(before)
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "member0@half.test" })).toHaveLength(0)
      const pivots = await getContainer()
        .resolve("__pg_connection__" as any)
        .raw("select count(*)::int as n from organization_membership_location")
      expect(pivots.rows[0].n).toBe(0)
      // The lock on those e-mails was released with the rest.
      const again = await batch(organizationId, { members: rows(5, "half.test") })
      expect(again.status).toBe(200)
    })

    it("answers 404 for an unknown or deleted organization, and adds to a suspended one as the single route does", async () => {
      const body = { members: [{ email: "someone@acme.test", role: "buyer" }] }
      const before = await customerCount()
      expect((await batch("org_unknown", body)).status).toBe(404)

      const deletedId = await createOrganization("Gone")
      expect((await admin("delete", `/admin/organizations/${deletedId}`)).status).toBe(200)
      const deleted = await batch(deletedId, body)
      expect(deleted.status).toBe(404)
      expect(deleted.data.message).toBe(`Organization with id: ${deletedId} was not found`)
      expect(await customerCount()).toBe(before)

      // The merchant may add members to a suspended organization on the single route too.
      const suspendedId = await createOrganization("Paused")
      expect((await admin("post", `/admin/organizations/${suspendedId}`, { status: "suspended" })).status).toBe(200)
      const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "single@acme.test" })
      expect((await admin("post", `/admin/organizations/${suspendedId}/members`, { customer_id: customer.id, role: "buyer" })).status).toBe(200)
      const suspended = await batch(suspendedId, body)
      expect(suspended.status).toBe(200)
      expect(suspended.data.count).toBe(1)
    })

    it("e-mails every member the activation link with invite: true; each acts once its link is used", async () => {
      const publishableKey = await createPublishableKey(getContainer())
      const registered = await createCustomerSession(api, publishableKey, "registered@acme.test")
      const organizationId = await createOrganization("Acme")
      const response = await batch(organizationId, {
        invite: true,
        members: [
          { email: "registered@acme.test", role: "buyer" },
          { email: "newbie@acme.test", first_name: "Nina", role: "buyer" },
        ],
      })
      expect(response.status).toBe(200)
      const byEmail = Object.fromEntries(response.data.memberships.map((m: any) => [m.customer.email, m]))
      expect(Object.values(byEmail).map((m: any) => m.status)).toEqual(["pending", "pending"])
      expect(response.data.invitations).toEqual(
        expect.arrayContaining([
          { membership_id: byEmail["newbie@acme.test"].id, email: { status: "sent", to: "newbie@acme.test" } },
          { membership_id: byEmail["registered@acme.test"].id, email: { status: "sent", to: "registered@acme.test" } },
        ])
      )

      const store = { "x-publishable-api-key": publishableKey }
      const [mail] = await emailsTo(getContainer(), "newbie@acme.test", { template: "b2b-account-request-approved" })
      expect(mail.data).toEqual(expect.objectContaining({ company_name: "Acme", confirm_url: null }))
      // The newcomer sets a password with the link and acts.
      const set = await send(api, "post", "/store/activations", {
        body: { token: tokenFrom(mail, "activation_url"), password: "a-new-password-1" },
        headers: store,
      })
      expect(set.status).toBe(200)
      const login = await send(api, "post", "/auth/customer/emailpass", { body: { email: "newbie@acme.test", password: "a-new-password-1" } })
      expect(login.status).toBe(200)
      const newbie = { ...store, authorization: `Bearer ${login.data.token}` }
      expect((await send(api, "get", `/store/organizations/${organizationId}`, { headers: newbie })).status).toBe(200)
      // The registered login confirms while logged in (its e-mail proves nothing until then).
      expect((await send(api, "get", `/store/organizations/${organizationId}`, { headers: registered.headers })).data.code).toBe("membership_pending")
      const [confirm] = await emailsTo(getContainer(), "registered@acme.test", { template: "b2b-account-request-approved" })
      expect((await send(api, "post", "/store/activations", { body: { token: tokenFrom(confirm, "confirm_url") }, headers: registered.headers })).status).toBe(200)
      expect((await send(api, "get", `/store/organizations/${organizationId}`, { headers: registered.headers })).status).toBe(200)
    })

    it("adds 1,000 members in one request, and refuses 1,001 naming members", async () => {
      const organizationId = await createOrganization("Big")
      const before = await customerCount()
      const tooMany = await batch(organizationId, { members: rows(1001, "big.test") })
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.errors).toEqual([expect.objectContaining({ field: "members" })])
      expect(await customerCount()).toBe(before)

      const response = await batch(organizationId, { members: rows(1000, "big.test") })
      expect(response.status).toBe(200)
      expect(response.data.count).toBe(1000)
      expect(response.data.created_customers).toBe(1000)
      expect(response.data.memberships).toHaveLength(1000)
      expect(await snapshot(organizationId)).toEqual({ customers: before + 1000, members: 1000 })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(events.filter((e) => e.name === "organization.member_added")).toHaveLength(1000)
    })

    it("lets one of two parallel overlapping batches in and refuses the other whole", async () => {
      const organizationId = await createOrganization("Race")
      const before = await customerCount()
      const first = [...rows(30, "race.test"), { email: "only-first@race.test", role: "buyer" }]
      const second = [...rows(30, "race.test").reverse(), { email: "only-second@race.test", role: "buyer" }]
      const answers = await Promise.all([batch(organizationId, { members: first }), batch(organizationId, { members: second })])

      expect(answers.map((a) => a.status).sort()).toEqual([200, 400])
      const loser = answers.find((a) => a.status !== 200)!
      expect(loser.data.errors).toHaveLength(30)
      expect(loser.data.errors[0].message).toMatch(/already a member/)
      const winnerOnly = answers[0].status === 200 ? "only-first@race.test" : "only-second@race.test"
      const loserOnly = answers[0].status === 200 ? "only-second@race.test" : "only-first@race.test"
      const customers = getContainer().resolve(Modules.CUSTOMER)
      expect(await customers.listCustomers({ email: loserOnly })).toHaveLength(0)
      expect(await customers.listCustomers({ email: winnerOnly })).toHaveLength(1)
      expect(await snapshot(organizationId)).toEqual({ customers: before + 31, members: 31 })
    })

    it("shares customers between parallel batches of two organizations without duplicating them", async () => {
      const [a, b] = [await createOrganization("A"), await createOrganization("B")]
      const before = await customerCount()
      const answers = await Promise.all([batch(a, { members: rows(20, "shared.test") }), batch(b, { members: rows(20, "shared.test") })])
      expect(answers.map((r) => r.status)).toEqual([200, 200])
      expect(answers.map((r) => r.data.created_customers).sort()).toEqual([0, 20])
      expect(await customerCount()).toBe(before + 20)
      expect([await memberCount(a), await memberCount(b)]).toEqual([20, 20])
    })
  },
})
