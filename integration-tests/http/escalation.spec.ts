import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { send } from "../helpers/http"
import { createOrganizationFixture, type Actor, type OrganizationFixture } from "../helpers/organizations"
import { createCustomerSession } from "../helpers/store"

jest.setTimeout(180_000)

type Method = "get" | "post" | "delete"

/**
 * Issue 15, class 3: the attacks of a requester the admin trusted with members.manage
 * (Rita), and of an organization admin (Alice) on a limit the merchant set, driven as a
 * storefront would. The rule is memberChangeRefusal in src/lib/permissions.ts.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: OrganizationFixture
    let rex: string // a second requester, Rita's victim

    const as = (actor: Actor, method: Method, path: string, body?: unknown) =>
      send(api, method, path, { body, headers: f.headersOf(actor) })
    const member = (id: string) => `/store/organizations/${f.organizations.acme}/members/${id}`
    const invitations = () => `/store/organizations/${f.organizations.acme}/invitations`
    const ok = async (promise: Promise<{ status: number; data: any }>) => {
      const response = await promise
      if (response.status !== 200) throw new Error(JSON.stringify(response.data))
      return response.data
    }
    /** A membership as stored: what a refused request must have left alone. */
    const stored = async (id: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const {
        rows: [row],
      } = await knex.raw(
        `select role, grants, revokes, spending_limit, spending_limit_set_by,
                (select array_agg(organization_location_id order by organization_location_id)
                   from organization_membership_location where organization_membership_id = m.id) as location_ids
           from organization_membership m where id = ?`,
        [id]
      )
      return row
    }
    const expectRefused = (response: { status: number; data: any }, code: string, message?: RegExp) => {
      expect({ status: response.status, code: response.data.code }).toEqual({ status: 403, code })
      if (message) expect(response.data.message).toMatch(message)
    }

    beforeAll(async () => {
      f = await createOrganizationFixture(getContainer(), api)
      // The organization admin makes Rita (a requester) a member manager and takes orders.place from Bob.
      await ok(as("admin", "post", member(f.memberships.requester), { grants: ["members.manage", "members.view"] }))
      await ok(as("admin", "post", member(f.memberships.buyer), { revokes: ["orders.place"] }))
      const rexSession = await createCustomerSession(api, f.publishableKey, "rex@acme.test")
      rex = (
        await ok(
          f.admin("post", `/admin/organizations/${f.organizations.acme}/members`, {
            customer_id: rexSession.customer.id,
            role: "requester",
          })
        )
      ).membership.id
    })

    it("a member manager cannot promote itself to buyer or grant itself orders.place, so it still needs approval", async () => {
      for (const body of [{ role: "buyer" }, { grants: ["members.manage", "members.view", "orders.place"] }, { revokes: [] }]) {
        expectRefused(await as("requester", "post", member(f.memberships.requester), body), "self_change_forbidden", /own/)
      }
      const me = await as("requester", "get", `/store/organizations/${f.organizations.acme}/me`)
      expect(me.data.membership.role).toBe("requester")
      expect(me.data.membership.permissions).not.toContain("orders.place")
      // /me changes preferences only.
      const viaMe = await as("requester", "post", `/store/organizations/${f.organizations.acme}/me`, { role: "buyer" })
      expect(viaMe.status).toBe(400)
    })

    it("a member manager cannot promote other requesters beyond its own permissions", async () => {
      const promote = await as("requester", "post", member(rex), { role: "buyer" })
      expectRefused(promote, "escalation_forbidden", /orders\.place/)
      expectRefused(await as("requester", "post", member(rex), { grants: ["orders.place"] }), "escalation_forbidden")
      expectRefused(await as("requester", "post", member(rex), { role: "admin" }), "escalation_forbidden", /admin role/)
      expect(await stored(rex)).toEqual(expect.objectContaining({ role: "requester", grants: [], revokes: [] }))
      // Within its own permissions it may act.
      expect((await as("requester", "post", member(rex), { grants: ["members.view"] })).status).toBe(200)
      expect((await as("requester", "post", member(rex), { grants: [] })).status).toBe(200)
    })

    it("a member manager cannot touch a member holding more than itself (an admin, a buyer)", async () => {
      expectRefused(await as("requester", "delete", member(f.memberships.admin)), "escalation_forbidden")
      expectRefused(
        await as("requester", "post", member(f.memberships.admin), { status: "deactivated" }),
        "escalation_forbidden"
      )
      expect(await stored(f.memberships.admin)).toEqual(expect.objectContaining({ role: "admin" }))
    })

    it("a member manager cannot lift an admin's revoke of orders.place", async () => {
      const lift = await as("requester", "post", member(f.memberships.buyer), { revokes: [] })
      expectRefused(lift, "escalation_forbidden", /orders\.place/)
      expect(await stored(f.memberships.buyer)).toEqual(expect.objectContaining({ role: "buyer", revokes: ["orders.place"] }))
      const bob = await as("buyer", "get", `/store/organizations/${f.organizations.acme}/me`)
      expect(bob.data.membership.permissions).not.toContain("orders.place")
    })

    it("a member manager invites, resends and revokes only within its own permissions", async () => {
      expectRefused(await as("requester", "post", invitations(), { email: "b1@acme.test", role: "buyer" }), "escalation_forbidden")
      expectRefused(
        await as("requester", "post", invitations(), { email: "b2@acme.test", role: "requester", grants: ["orders.place"] }),
        "escalation_forbidden"
      )
      expectRefused(await as("requester", "post", invitations(), { email: "b3@acme.test", role: "admin" }), "escalation_forbidden")
      // The fixture's pending invitation is for a buyer: not Rita's to resend or revoke.
      expectRefused(await as("requester", "post", `${invitations()}/${f.pendingInvitation}/resend`), "escalation_forbidden")
      expectRefused(await as("requester", "delete", `${invitations()}/${f.pendingInvitation}`), "escalation_forbidden")
      const allowed = await as("requester", "post", invitations(), { email: "r1@acme.test", role: "requester" })
      expect(allowed.status).toBe(200)
      expect(allowed.data.invitation).toEqual(expect.objectContaining({ role: "requester" }))
    })

    it("nobody removes their own spending limit; only organization admins set limits", async () => {
      await ok(as("admin", "post", member(f.memberships.requester), { spending_limit: { eur: 100 } }))
      expectRefused(
        await as("requester", "post", member(f.memberships.requester), { spending_limit: null }),
        "self_change_forbidden",
        /spending_limit/
      )
      expectRefused(await as("requester", "post", member(rex), { spending_limit: { eur: 1_000_000 } }), "spending_limit_admin_only")
      expect(await stored(f.memberships.requester)).toEqual(
        expect.objectContaining({ spending_limit: { eur: 100 }, spending_limit_set_by: "organization" })
      )
      expect((await stored(rex)).spending_limit).toBeNull()
    })

    it("nobody assigns themselves locations; a member manager assigns only its own locations", async () => {
      const every = [f.locations.office, f.locations.spare]
      expectRefused(
        await as("requester", "post", member(f.memberships.requester), { location_ids: every }),
        "self_change_forbidden",
        /location_ids/
      )
      expectRefused(await as("admin", "post", member(f.memberships.admin), { location_ids: every }), "self_change_forbidden")
      expect((await stored(f.memberships.requester)).location_ids).toEqual([f.locations.office])
      expectRefused(await as("requester", "post", member(rex), { location_ids: every }), "escalation_forbidden", /locations/)
      expect((await as("requester", "post", member(rex), { location_ids: [f.locations.office] })).status).toBe(200)
    })

    it("an organization admin cannot lift its own limit, nor another's limit the merchant set", async () => {
      const adminApi = (id: string) => `/admin/organizations/${f.organizations.acme}/members/${id}`
      const merchantSet = await ok(f.admin("post", adminApi(f.memberships.admin), { spending_limit: { eur: 500 } }))
      expect(merchantSet.membership).toEqual(expect.objectContaining({ spending_limit: { eur: 500 }, spending_limit_set_by: "merchant" }))
      expectRefused(await as("admin", "post", member(f.memberships.admin), { spending_limit: null }), "self_change_forbidden")

      await ok(f.admin("post", adminApi(f.memberships.buyer), { spending_limit: { eur: 300 } }))
      const lift = await as("admin", "post", member(f.memberships.buyer), { spending_limit: { eur: 10_000 } })
      expectRefused(lift, "spending_limit_merchant_set", /shop/)
      expect(await stored(f.memberships.buyer)).toEqual(
        expect.objectContaining({ spending_limit: { eur: 300 }, spending_limit_set_by: "merchant" })
      )
      // Other changes to that member stay the organization admin's, also from a form that
      // sends the limit along unchanged.
      const form = await as("admin", "post", member(f.memberships.buyer), { grants: ["members.view"], spending_limit: { eur: 300 } })
      expect(form.status).toBe(200)
      expect(await stored(f.memberships.buyer)).toEqual(expect.objectContaining({ spending_limit_set_by: "merchant" }))
      // The dashboard re-saving an organization-set limit does not make it the merchant's.
      await ok(as("admin", "post", member(f.memberships.requester), { spending_limit: { eur: 100 } }))
      await ok(f.admin("post", adminApi(f.memberships.requester), { status: "active", spending_limit: { eur: 100 } }))
      expect((await stored(f.memberships.requester)).spending_limit_set_by).toBe("organization")
      // Once the merchant clears it, the organization may set one.
      await ok(f.admin("post", adminApi(f.memberships.buyer), { spending_limit: null }))
      const own = await as("admin", "post", member(f.memberships.buyer), { spending_limit: { eur: 200 } })
      expect(own.status).toBe(200)
      expect(own.data.membership).toEqual(expect.objectContaining({ spending_limit: { eur: 200 }, spending_limit_set_by: "organization" }))
    })

    it("nobody demotes themselves or revokes their own members.manage (the last admin stays an admin)", async () => {
      for (const body of [{ role: "buyer" }, { revokes: ["members.manage"] }]) {
        expectRefused(await as("admin", "post", member(f.memberships.admin), body), "self_change_forbidden")
      }
      expect(await stored(f.memberships.admin)).toEqual(expect.objectContaining({ role: "admin", revokes: [] }))
    })

    it("parallel changes that are each allowed cannot combine into a promotion (checked under the lock)", async () => {
      // Role buyer with orders.place revoked is within Rita's permissions; so is dropping a
      // revoke on a requester. Both at once would make Rex a buyer who may place orders.
      await ok(as("requester", "post", member(rex), { revokes: ["orders.place"] }))
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          as("requester", "post", member(rex), i % 2 ? { role: "buyer" } : { revokes: [] })
        )
      )
      const statuses = responses.map((r) => r.status)
      expect(statuses.every((s) => s === 200 || s === 403)).toBe(true)
      const row = await stored(rex)
      const mayPlaceOrders = row.role === "buyer" && !row.revokes.includes("orders.place")
      expect({ row, mayPlaceOrders }).toEqual({ row, mayPlaceOrders: false })
    })
  },
})
