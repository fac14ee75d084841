import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { requireOrganizationMember } from "../../src/api/utils/organization-guard"
import { send } from "../helpers/http"
import {
  ACTORS,
  createOrganizationFixture,
  type Actor,
  type OrganizationFixture,
} from "../helpers/organizations"

jest.setTimeout(180_000)

type Method = "get" | "post" | "delete"
type Row = {
  route: string
  method: Method
  path: (f: OrganizationFixture) => string
  body?: unknown
  expect: Record<Actor, number>
}

// 401 anonymous · 404 non-members and other organizations · 403 missing permission,
// deactivated, suspended organization, storefront that does not admit the organization.
// Later features add their rows here.
const forMembers = {
  anonymous: 401,
  outsider: 404,
  otherOrganization: 404,
  deactivatedAdmin: 403,
  suspendedAdmin: 403,
  otherStorefront: 403,
}
const everyMember = { ...forMembers, requester: 200, buyer: 200, admin: 200 }
const adminsOnly = { ...forMembers, requester: 403, buyer: 403, admin: 200 }

export const STORE_AUTHORIZATION_MATRIX: Row[] = [
  {
    route: "GET /store/organizations",
    method: "get",
    path: () => "/store/organizations",
    expect: { ...everyMember, outsider: 200, otherOrganization: 200, deactivatedAdmin: 200, suspendedAdmin: 200, otherStorefront: 200 },
  },
  {
    route: "GET /store/organizations/:id",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}`,
    expect: everyMember,
  },
  {
    route: "POST /store/organizations/:id",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}`,
    body: { legal_name: "Acme B.V." },
    expect: adminsOnly,
  },
  {
    route: "GET /store/organizations/:id/members",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/members`,
    expect: adminsOnly,
  },
  {
    route: "POST /store/organizations/:id/members/:membership_id",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/members/${f.memberships.requester}`,
    body: { spending_limit: { eur: 250 } },
    expect: adminsOnly,
  },
  {
    route: "DELETE /store/organizations/:id/members/:membership_id",
    method: "delete",
    path: (f) => `/store/organizations/${f.organizations.acme}/members/${f.memberships.requester}`,
    expect: adminsOnly,
  },
  {
    route: "GET /store/organizations/:id/me/spending",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/me/spending`,
    expect: everyMember,
  },
  {
    route: "GET /store/organizations/:id/me",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/me`,
    expect: everyMember,
  },
  {
    route: "POST /store/organizations/:id/me",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/me`,
    body: { notification_preferences: { billing: false } },
    expect: everyMember,
  },
  {
    route: "GET /store/organizations/:id/invitations",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/invitations`,
    expect: adminsOnly,
  },
  {
    route: "POST /store/organizations/:id/invitations",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/invitations`,
    body: { email: "new.colleague@acme.test", role: "requester" },
    expect: adminsOnly,
  },
  {
    route: "DELETE /store/organizations/:id/invitations/:invitation_id",
    method: "delete",
    path: (f) => `/store/organizations/${f.organizations.acme}/invitations/${f.pendingInvitation}`,
    expect: adminsOnly,
  },
  {
    route: "POST /store/organizations/:id/invitations/:invitation_id/resend",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/invitations/${f.pendingInvitation}/resend`,
    expect: adminsOnly,
  },
  {
    route: "GET /store/organizations/:id/locations",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/locations`,
    expect: everyMember,
  },
  {
    route: "POST /store/organizations/:id/locations",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/locations`,
    body: { label: "Matrix depot", address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AA", country_code: "nl" },
    expect: { ...adminsOnly, admin: 200 },
  },
  {
    // The buyer is not assigned to the office: it does not exist for them.
    route: "GET /store/organizations/:id/locations/:location_id",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/locations/${f.locations.office}`,
    expect: { ...everyMember, buyer: 404 },
  },
  {
    route: "POST /store/organizations/:id/locations/:location_id",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/locations/${f.locations.office}`,
    body: { phone: "+31 30 000 0000" },
    expect: adminsOnly,
  },
  {
    route: "DELETE /store/organizations/:id/locations/:location_id",
    method: "delete",
    path: (f) => `/store/organizations/${f.organizations.acme}/locations/${f.locations.spare}`,
    expect: adminsOnly,
  },
  {
    route: "GET /store/organizations/:id/orders",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/orders`,
    expect: everyMember,
  },
  {
    // Everyone sees approvals (approvers all, others their own).
    route: "GET /store/organizations/:id/approvals",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/approvals`,
    expect: everyMember,
  },
  {
    route: "POST /store/organizations/:id/approvals/:approval_id/approve",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/approvals/apprq_unknown/approve`,
    expect: { ...adminsOnly, admin: 404 },
  },
  {
    route: "GET /store/organizations/:id/entitlements",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/entitlements`,
    expect: everyMember,
  },
  {
    route: "POST /store/organizations/:id/entitlements/:entitlement_id/seats",
    method: "post",
    path: (f) => `/store/organizations/${f.organizations.acme}/entitlements/ent_unknown/seats`,
    body: { membership_id: "orgmem_unknown" },
    expect: { ...adminsOnly, admin: 404 },
  },
  {
    route: "DELETE /store/organizations/:id/entitlements/:entitlement_id/seats/:seat_id",
    method: "delete",
    path: (f) => `/store/organizations/${f.organizations.acme}/entitlements/ent_unknown/seats/seat_unknown`,
    expect: { ...adminsOnly, admin: 404 },
  },
  {
    route: "GET /store/organizations/:id/library",
    method: "get",
    path: (f) => `/store/organizations/${f.organizations.acme}/library`,
    expect: everyMember,
  },
  {
    // Any logged-in customer may try a token; a wrong one gets the same 400 for everybody.
    route: "POST /store/invitations/accept",
    method: "post",
    path: () => "/store/invitations/accept",
    body: { token: "not-a-real-token" },
    expect: {
      anonymous: 401,
      outsider: 400,
      otherOrganization: 400,
      requester: 400,
      buyer: 400,
      admin: 400,
      deactivatedAdmin: 400,
      suspendedAdmin: 400,
      otherStorefront: 400,
    },
  },
]

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: OrganizationFixture

    beforeAll(async () => {
      f = await createOrganizationFixture(getContainer(), api)
    })

    const as = (actor: Actor, method: Method, path: string, body?: unknown) =>
      send(api, method, path, { body, headers: f.headersOf(actor) })

    describe("authorization matrix", () => {
      const cells = STORE_AUTHORIZATION_MATRIX.flatMap((row) =>
        ACTORS.map((actor) => [row.route, actor, row.expect[actor], row] as const)
      )
      it.each(cells)("%s as %s answers %i", async (_route, actor, status, row) => {
        // The suspended organization's admin aims at its own organization (ids below it stay
        // Acme's: the guard refuses before they are looked at).
        const path = actor === "suspendedAdmin" ? row.path(f).replace(f.organizations.acme, f.organizations.frozen) : row.path(f)
        const response = await as(actor, row.method, path, row.body)
        expect({ status: response.status, body: response.data }).toEqual({
          status,
          body: expect.anything(),
        })
        if (status === 403) {
          expect(response.data.message).toMatch(/may not .*the permission \([a-z_.]+\)|deactivated|suspended|cannot buy in this shop/)
        }
      })
    })

    describe("the guard", () => {
      it("answers the same 404 for an unknown organization and another organization's id", async () => {
        const unknown = await as("outsider", "get", "/store/organizations/org_unknown")
        const foreign = await as("outsider", "get", `/store/organizations/${f.organizations.other}`)
        expect(unknown.status).toBe(404)
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toBe(unknown.data.message.replace("org_unknown", f.organizations.other))
      })

      it("names the missing permission", async () => {
        const response = await as("buyer", "get", `/store/organizations/${f.organizations.acme}/members`)
        expect(response.data).toEqual({ type: "forbidden", code: "permission_required", message: "Your account may not see the organization's members: ask an administrator of your organization for the permission (members.view)" })
      })

      it("applies a granted permission on the very next request and a revoked one too", async () => {
        const path = `/store/organizations/${f.organizations.acme}/members`
        const grant = await as("admin", "post", `${path}/${f.memberships.buyer}`, { grants: ["members.view"] })
        expect(grant.status).toBe(200)
        expect(grant.data.membership.permissions).toContain("members.view")
        expect((await as("buyer", "get", path)).status).toBe(200)

        await as("admin", "post", `${path}/${f.memberships.buyer}`, { grants: [], revokes: ["orders.place"] })
        expect((await as("buyer", "get", path)).status).toBe(403)
      })

      it("locks out a deactivated member on the next request and lets them back after reactivation", async () => {
        const me = `/store/organizations/${f.organizations.acme}/me`
        expect((await as("buyer", "get", me)).status).toBe(200)
        const member = `/store/organizations/${f.organizations.acme}/members/${f.memberships.buyer}`
        expect((await as("admin", "post", member, { status: "deactivated" })).status).toBe(200)
        const denied = await as("buyer", "get", me)
        expect(denied.status).toBe(403)
        expect(denied.data.message).toMatch(/deactivated/)
        expect((await as("admin", "post", member, { status: "active" })).status).toBe(200)
        expect((await as("buyer", "get", me)).status).toBe(200)
      })

      it("answers 403 for every member of a suspended organization", async () => {
        await f.admin("post", `/admin/organizations/${f.organizations.acme}`, { status: "suspended" })
        const response = await as("admin", "get", `/store/organizations/${f.organizations.acme}`)
        expect(response.status).toBe(403)
        expect(response.data.message).toMatch(/suspended/)
      })

      it("returns my membership with effective permissions and my customer record", async () => {
        const me = await as("buyer", "get", `/store/organizations/${f.organizations.acme}/me`)
        expect(me.data.membership).toEqual(
          expect.objectContaining({
            id: f.memberships.buyer,
            role: "buyer",
            permissions: ["orders.place", "orders.request", "library.view"],
            customer: expect.objectContaining({ email: "bob@acme.test" }),
          })
        )
      })

      // Routes without :id (carts, checkout) rely on the header or the only membership;
      // the guard is called here as Express would call it, on the real module and database.
      describe("without an :id in the route", () => {
        const resolve = async (actor: Exclude<Actor, "anonymous">, header?: string) => {
          const req: any = {
            scope: getContainer(),
            params: {},
            headers: header ? { "x-organization-id": header } : {},
            // The token's own claims, as Medusa's authenticate middleware sets them (the guard
            // re-judges the login behind them).
            auth_context: JSON.parse(
              Buffer.from(f.sessions[actor].headers.authorization.split(".")[1], "base64url").toString()
            ),
          }
          const error = await new Promise((done) => requireOrganizationMember()(req, {} as any, done))
          return { error: error as any, context: req.organization_context }
        }

        it("acts for the customer's only organization", async () => {
          const { error, context } = await resolve("buyer")
          expect(error).toBeUndefined()
          expect(context).toEqual(
            expect.objectContaining({ organization_id: f.organizations.acme, permissions: expect.arrayContaining(["orders.place"]) })
          )
        })

        it("needs the x-organization-id header when the customer belongs to several", async () => {
          await f.admin("post", `/admin/organizations/${f.organizations.other}/members`, {
            customer_id: f.sessions.buyer.customer.id,
            role: "requester",
          })
          const without = await resolve("buyer")
          expect(without.error.message).toBe("You belong to several organizations: choose the organization you act for")
          const chosen = await resolve("buyer", f.organizations.other)
          expect(chosen.error).toBeUndefined()
          expect(chosen.context.membership.role).toBe("requester")
        })

        it("answers 404 for a header naming someone else's organization, and for no membership", async () => {
          expect((await resolve("buyer", f.organizations.other)).error.type).toBe("not_found")
          expect((await resolve("outsider")).error.message).toBe("You are not a member of any organization")
        })
      })
    })

    describe("GET /store/organizations", () => {
      it("lists my organizations with my membership, and nothing of others", async () => {
        const response = await as("buyer", "get", "/store/organizations")
        expect(response.data).toEqual({
          organizations: [
            expect.objectContaining({
              id: f.organizations.acme,
              name: "Acme",
              membership: expect.objectContaining({
                id: f.memberships.buyer,
                role: "buyer",
                status: "active",
                permissions: expect.arrayContaining(["orders.place", "library.view"]),
              }),
            }),
          ],
          count: 1,
          limit: 20,
          offset: 0,
        })
        const outsider = await as("outsider", "get", "/store/organizations")
        expect(outsider.data).toEqual({ organizations: [], count: 0, limit: 20, offset: 0 })
      })

      it("lists every organization of a customer who belongs to several", async () => {
        await f.admin("post", `/admin/organizations/${f.organizations.other}/members`, {
          customer_id: f.sessions.buyer.customer.id,
          role: "requester",
        })
        const response = await as("buyer", "get", "/store/organizations")
        expect(response.data.count).toBe(2)
        expect(
          response.data.organizations.map((o: any) => [o.name, o.membership.role])
        ).toEqual([
          ["Acme", "buyer"],
          ["Other", "requester"],
        ])
      })

      it("checks VAT and chamber-of-commerce numbers on the profile as the admin and the request form do", async () => {
        const profile = `/store/organizations/${f.organizations.acme}`
        const badVat = await as("admin", "post", profile, { vat_number: "NL123456789B01", country_code: "nl" })
        expect(badVat.status).toBe(400)
        expect(badVat.data.message).toMatch(/Field 'vat_number'/)
        const badKvk = await as("admin", "post", profile, { registration_number: "1234567", country_code: "nl" })
        expect(badKvk.status).toBe(400)
        expect(badKvk.data.message).toMatch(/Field 'registration_number'/)
        const unknown = await as("admin", "post", profile, { status: "active" })
        expect(unknown.status).toBe(400)
        const good = await as("admin", "post", profile, { registration_number: "12345678", country_code: "nl" })
        expect(good.status).toBe(200)
        expect(good.data.organization.registration_number).toBe("12345678")
      })
    })

    describe("members", () => {
      const members = () => `/store/organizations/${f.organizations.acme}/members`

      it("lists members with e-mail and name, paginated and filtered in the database", async () => {
        const page = await as("admin", "get", `${members()}?limit=2&offset=0`)
        expect(page.status).toBe(200)
        expect(page.data.count).toBe(4)
        expect(page.data.memberships).toHaveLength(2)
        expect(page.data.memberships[0]).toEqual(
          expect.objectContaining({
            role: "admin",
            customer: expect.objectContaining({ email: "alice@acme.test", first_name: "alice" }),
            permissions: expect.arrayContaining(["members.manage"]),
          })
        )
        const admins = await as("admin", "get", `${members()}?role=admin&status=active`)
        expect(admins.data.memberships.map((m: any) => m.customer.email)).toEqual(["alice@acme.test"])
      })

      it("updates role, grants and spending limit", async () => {
        const response = await as("admin", "post", `${members()}/${f.memberships.requester}`, {
          role: "buyer",
          grants: ["orders.view_all"],
          spending_limit: { eur: 1500 },
        })
        expect(response.status).toBe(200)
        expect(response.data.membership).toEqual(
          expect.objectContaining({
            role: "buyer",
            grants: ["orders.view_all"],
            spending_limit: { eur: 1500 },
            permissions: expect.arrayContaining(["orders.place", "orders.view_all"]),
          })
        )
      })

      it("removes a member: access ends, the organization keeps the rest", async () => {
        const removed = await as("admin", "delete", `${members()}/${f.memberships.buyer}`)
        expect(removed.data).toEqual({ id: f.memberships.buyer, object: "membership", deleted: true })
        expect((await as("buyer", "get", `/store/organizations/${f.organizations.acme}`)).status).toBe(404)
        expect((await as("admin", "get", members())).data.count).toBe(3)
      })

      it("stops a member manager without the admin role from promoting or granting beyond themselves", async () => {
        await as("admin", "post", `${members()}/${f.memberships.buyer}`, {
          grants: ["members.manage", "members.view"],
        })
        const promote = await as("buyer", "post", `${members()}/${f.memberships.requester}`, { role: "admin" })
        expect(promote.status).toBe(403)
        expect(promote.data.message).toMatch(/admin role/)
        const grant = await as("buyer", "post", `${members()}/${f.memberships.requester}`, {
          grants: ["orders.approve"],
        })
        expect(grant.status).toBe(403)
        expect(grant.data.message).toMatch(/orders.approve/)
        const removeAdmin = await as("buyer", "delete", `${members()}/${f.memberships.admin}`)
        expect(removeAdmin.status).toBe(403)
        const allowed = await as("buyer", "post", `${members()}/${f.memberships.requester}`, {
          grants: ["orders.place"],
        })
        expect(allowed.status).toBe(200)
      })
    })

    describe("at least one active admin", () => {
      const member = (id: string) => `/store/organizations/${f.organizations.acme}/members/${id}`

      // Demoting oneself is refused before this (self_change_forbidden, escalation.spec.ts).
      it.each([
        ["deactivating", "post", { status: "deactivated" }],
        ["removing", "delete", undefined],
      ] as const)("refuses %s the last admin with 409 and changes nothing", async (_what, method, body) => {
        const response = await as("admin", method, member(f.memberships.admin), body)
        expect(response.status).toBe(409)
        expect(response.data).toEqual({
          type: "conflict",
          code: "last_admin",
          message: expect.stringMatching(/at least one active admin/),
        })
        const me = await as("admin", "get", `/store/organizations/${f.organizations.acme}/me`)
        expect(me.data.membership).toEqual(
          expect.objectContaining({ role: "admin", status: "active", revokes: [] })
        )
      })

      it.each([
        // The second demotion is decided under the lock, after the first: its actor is no admin any more (403).
        ["demote each other", (a: string, b: string) => [["admin", "post", b, { role: "buyer" }], ["deactivatedAdmin", "post", a, { role: "buyer" }]], [200, 403]],
        ["remove themselves", (a: string, b: string) => [["admin", "delete", a, undefined], ["deactivatedAdmin", "delete", b, undefined]], [200, 409]],
      ] as const)("keeps one admin when the last two admins %s at the same moment", async (_what, plan, expected) => {
        const a = f.memberships.admin
        const b = f.memberships.deactivatedAdmin
        await f.admin("post", `/admin/organizations/${f.organizations.acme}/members/${b}`, { status: "active" })

        // Hold both memberships' rows, so both requests reach their write before either
        // commits: without the organization lock each would still see the other admin.
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const blocker = await pg.transaction()
        await blocker.raw("select id from organization_membership where id in (?, ?) for update", [a, b])
        const pending = plan(a, b).map(([actor, method, target, body]) =>
          as(actor as Actor, method as Method, member(target), body)
        )
        await new Promise((resolve) => setTimeout(resolve, 500))
        await blocker.commit()
        const statuses = (await Promise.all(pending)).map((r) => r.status).sort()

        expect(statuses).toEqual(expected)
        const admins = await f.admin(
          "get",
          `/admin/organizations/${f.organizations.acme}/members?role=admin&status=active`
        )
        expect(admins.data.count).toBe(1)
      })

      it("keeps an admin when many admins demote and remove each other in parallel", async () => {
        // Reactivate the second admin and promote everybody: four admins.
        for (const id of [f.memberships.deactivatedAdmin, f.memberships.buyer, f.memberships.requester]) {
          const response = await f.admin("post", `/admin/organizations/${f.organizations.acme}/members/${id}`, {
            role: "admin",
            status: "active",
          })
          expect(response.status).toBe(200)
        }
        const admins = ["admin", "deactivatedAdmin", "buyer", "requester"] as const
        const requests = admins.flatMap((actor, i) => {
          const target = f.memberships[admins[(i + 1) % admins.length]]
          const self = f.memberships[actor]
          return [
            as(actor, "post", member(target), { role: "buyer" }),
            as(actor, "delete", member(self)),
            as(actor, "post", member(self), { status: "deactivated" }),
          ]
        })
        const responses = await Promise.all(requests)
        const statuses = responses.map((r) => r.status)
        expect(statuses.every((s) => [200, 403, 404, 409].includes(s))).toBe(true)
        expect(statuses).toContain(409)

        const remaining = await f.admin(
          "get",
          `/admin/organizations/${f.organizations.acme}/members?role=admin&status=active`
        )
        const activeAdmins = remaining.data.memberships.filter(
          (m: any) => !m.revokes.includes("members.manage")
        )
        expect(activeAdmins.length).toBeGreaterThanOrEqual(1)
      })
    })

    describe("bad input is refused with 400 or 404 and writes nothing", () => {
      const member = (id: string) => `/store/organizations/${f.organizations.acme}/members/${id}`

      it.each([
        [{ role: "owner" }, /role/],
        [{ grants: ["root.everything"] }, /grants/],
        [{ grants: "members.view" }, /grants/],
        [{ spending_limit: "a lot" }, /spending_limit/],
        [{ spending_limit: -1 }, /spending_limit/],
        [{ status: 5 }, /status/],
        [{ grants: ["members.view"], revokes: ["members.view"] }, /revokes/],
        [{ customer_id: "cus_123" }, /Unrecognized fields: 'customer_id'/],
      ])("member update %j → 400", async (body, message) => {
        const response = await as("admin", "post", member(f.memberships.requester), body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        const unchanged = await as("admin", "get", `/store/organizations/${f.organizations.acme}/members?role=requester`)
        expect(unchanged.data.memberships[0]).toEqual(
          expect.objectContaining({ id: f.memberships.requester, grants: [], revokes: [], spending_limit: null })
        )
      })

      it("answers 404 for another organization's membership id and leaves it alone", async () => {
        const update = await as("admin", "post", member(f.otherAdminMembership), { role: "buyer" })
        expect(update.status).toBe(404)
        const remove = await as("admin", "delete", member(f.otherAdminMembership))
        expect(remove.status).toBe(404)
        const other = await f.admin("get", `/admin/organizations/${f.organizations.other}/members`)
        expect(other.data.memberships).toEqual([
          expect.objectContaining({ id: f.otherAdminMembership, role: "admin", status: "active" }),
        ])
      })

      it.each([
        [{ name: "x".repeat(256) }, /name/],
        [{ status: "active" }, /Unrecognized fields: 'status'/],
        [{ country_code: "Netherlands" }, /two-letter/],
      ])("organization update %j → 400", async (body, message) => {
        const response = await as("admin", "post", `/store/organizations/${f.organizations.acme}`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it.each([
        [{ notification_preferences: { sms: true } }, /sms/],
        [{ notification_preferences: { billing: "no" } }, /billing/],
        [{ role: "admin" }, /Unrecognized fields: 'role'/],
      ])("my preferences %j → 400", async (body, message) => {
        const response = await as("requester", "post", `/store/organizations/${f.organizations.acme}/me`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("my membership", () => {
      it("lets a member read and change only their own e-mail preferences", async () => {
        const me = `/store/organizations/${f.organizations.acme}/me`
        const response = await as("requester", "post", me, {
          notification_preferences: { billing: false, support: false },
        })
        expect(response.status).toBe(200)
        expect(response.data.membership).toEqual(
          expect.objectContaining({
            id: f.memberships.requester,
            role: "requester",
            notification_preferences: { general: true, orders: true, billing: false, support: false },
          })
        )
        const asAdmin = await as("admin", "get", `/store/organizations/${f.organizations.acme}/members?role=requester`)
        expect(asAdmin.data.memberships[0].notification_preferences.billing).toBe(false)
      })
    })

    describe("locations", () => {
      const base = () => `/store/organizations/${f.organizations.acme}/locations`
      const depot = { label: "Depot", address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "NL" }

      it("lets an address manager create, edit, assign and delete locations; members see only theirs", async () => {
        const created = await as("admin", "post", base(), depot)
        expect(created.status).toBe(200)
        const id = created.data.location.id
        expect(created.data.location).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^orgloc_/), label: "Depot", country_code: "nl" })
        )
        // Assigning goes through the member update; the member then sees exactly their locations.
        const assigned = await as("admin", "post", `/store/organizations/${f.organizations.acme}/members/${f.memberships.buyer}`, {
          location_ids: [id],
        })
        expect(assigned.status).toBe(200)
        expect(assigned.data.membership.locations).toEqual([expect.objectContaining({ id, label: "Depot" })])
        expect((await as("buyer", "get", base())).data.locations.map((l: any) => l.id)).toEqual([id])
        expect((await as("buyer", "get", `${base()}/${id}`)).status).toBe(200)
        expect((await as("admin", "get", base())).data.count).toBeGreaterThanOrEqual(3)

        const edited = await as("admin", "post", `${base()}/${id}`, { label: "Rotterdam depot" })
        expect(edited.data.location.label).toBe("Rotterdam depot")
        // A whole form sent back, its emptied optional fields as null (the customer zone's edit page).
        const form = { ...depot, label: "Rotterdam depot", city: "Schiedam", company: null, first_name: null, last_name: null, address_2: null, phone: null }
        const saved = await as("admin", "post", `${base()}/${id}`, form)
        expect([saved.status, saved.data.location?.city]).toEqual([200, "Schiedam"])
        expect((await as("admin", "post", `${base()}/${id}`, { label: "Office" })).status).toBe(409)
        expect((await as("admin", "post", base(), { ...depot, label: "Office" })).status).toBe(409)

        expect((await as("admin", "delete", `${base()}/${id}`)).data).toEqual({ id, object: "location", deleted: true })
        expect((await as("buyer", "get", base())).data.locations).toEqual([])
        expect((await as("admin", "get", `${base()}/${id}`)).status).toBe(404)
      })

      it("answers 404 for another organization's location and refuses assigning it", async () => {
        const foreign = await send(api, "post", `/admin/organizations/${f.organizations.other}/locations`, {
          body: depot,
          headers: f.adminHeaders,
        })
        const id = foreign.data.location.id
        for (const [method, body] of [["get"], ["post", { label: "Mine now" }], ["delete"]] as const) {
          const response = await as("admin", method, `${base()}/${id}`, body)
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Location with id: ${id} was not found`)
        }
        const assign = await as("admin", "post", `/store/organizations/${f.organizations.acme}/members/${f.memberships.buyer}`, {
          location_ids: [id],
        })
        expect(assign.status).toBe(404)
        expect((await send(api, "get", `/admin/organizations/${f.organizations.acme}/locations/${id}`, { headers: f.adminHeaders })).status).toBe(404)
        // Under its own organization the merchant reads it.
        const own = await send(api, "get", `/admin/organizations/${f.organizations.other}/locations/${id}`, { headers: f.adminHeaders })
        expect([own.status, own.data.location.label]).toEqual([200, depot.label])
      })

      it.each([
        [{ ...depot, address_1: "" }, /address_1/],
        [{ ...depot, country_code: "Nederland" }, /country_code/],
        [{ ...depot, postal_code: undefined }, /postal_code/],
        [{ ...depot, colour: "red" }, /Unrecognized fields: 'colour'/],
      ])("refuses location %j with 400 naming the field", async (body, message) => {
        const response = await as("admin", "post", base(), body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })
  },
})
