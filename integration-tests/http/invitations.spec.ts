import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createOrganizationFixture, type OrganizationFixture } from "../helpers/organizations"
import { createCustomerSession, createStorefront } from "../helpers/store"

// A short configured expiry makes "expired" testable without touching the clock.
const TTL_SECONDS = 5
process.env.B2B_INVITATION_TTL_SECONDS = String(TTL_SECONDS)
process.env.STOREFRONT_URL = "https://shop.example.test"

jest.setTimeout(180_000)

const INVALID = "This invitation is not valid (it may have been withdrawn): ask your organization's administrator for a new one"
const USED = "This invitation was accepted already: log in to continue"
const EXPIRED = "This invitation has expired: ask your organization's administrator for a new one"
// The fixture's Acme locations (helpers/organizations.ts).
const OFFICE: Address = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const SPARE: Address = { address_1: "Dorpsstraat 3", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: OrganizationFixture

    beforeAll(async () => {
      f = await createOrganizationFixture(getContainer(), api)
    })

    const invitations = () => `/store/organizations/${f.organizations.acme}/invitations`
    const asAdmin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: f.headersOf("admin") })

    /** Invites as Acme's admin and returns the invitation and the token from the e-mail. */
    const invite = async (email: string, role = "buyer") => {
      const before = (await emailsTo(getContainer(), email.toLowerCase(), { atLeast: 0 })).length
      const response = await asAdmin("post", invitations(), { email, role })
      expect(response.status).toBe(200)
      const [mail] = await emailsTo(getContainer(), email.toLowerCase(), { atLeast: before + 1 })
      return { invitation: response.data.invitation, token: tokenFrom(mail), mail }
    }
    const accept = (headers: Record<string, string>, token: string) =>
      send(api, "post", "/store/invitations/accept", { body: { token }, headers })

    it("invite → e-mail → register → accept → the new member can act", async () => {
      const { invitation, token, mail } = await invite("Carla@Acme.test", "requester")
      expect(invitation).toEqual(
        expect.objectContaining({ email: "carla@acme.test", role: "requester", status: "pending" })
      )
      expect(invitation).not.toHaveProperty("token_hash")
      expect(invitation).not.toHaveProperty("token")
      expect(mail).toEqual(
        expect.objectContaining({
          to: "carla@acme.test",
          channel: "email",
          template: "b2b-organization-invitation",
        })
      )
      expect(mail.data).toEqual(
        expect.objectContaining({
          organization_name: "Acme",
          role: "requester",
          accept_url: expect.stringMatching(/^https:\/\/shop\.example\.test\/invitations\/accept\?token=/),
        })
      )
      expect(Buffer.from(token, "base64url")).toHaveLength(32)

      const carla = await createCustomerSession(api, f.publishableKey, "carla@acme.test")
      const accepted = await accept(carla.headers, token)
      expect(accepted.status).toBe(200)
      expect(accepted.data.membership).toEqual(
        expect.objectContaining({
          organization_id: f.organizations.acme,
          customer_id: carla.customer.id,
          role: "requester",
          permissions: ["orders.request", "library.view"],
        })
      )
      const me = await send(api, "get", `/store/organizations/${f.organizations.acme}/me`, {
        headers: carla.headers,
      })
      expect(me.status).toBe(200)

      const list = await asAdmin("get", `${invitations()}?status=accepted`)
      expect(list.data.invitations.map((i: any) => [i.email, i.status])).toEqual([["carla@acme.test", "accepted"]])
    })

    it("refuses a customer with another e-mail address and keeps the invitation open", async () => {
      const { token } = await invite("dana@acme.test")
      const response = await accept(f.headersOf("outsider"), token)
      expect(response.status).toBe(403)
      expect(response.data.code).toBe("invitation_other_email")
      expect(response.data.message).toMatch(/another e-mail address/)
      const dana = await createCustomerSession(api, f.publishableKey, "dana@acme.test")
      expect((await accept(dana.headers, token)).status).toBe(200)
    })

    it("answers the same 400 for unknown, revoked, used and expired tokens", async () => {
      const erin = await createCustomerSession(api, f.publishableKey, "erin@acme.test")
      const unknown = await accept(erin.headers, "A".repeat(43))

      const revoked = await invite("erin@acme.test")
      const revoke = await asAdmin("delete", `${invitations()}/${revoked.invitation.id}`)
      expect(revoke.data.invitation.status).toBe("revoked")
      const afterRevoke = await accept(erin.headers, revoked.token)

      const used = await invite("erin@acme.test")
      expect((await accept(erin.headers, used.token)).status).toBe(200)
      const reused = await accept(erin.headers, used.token)

      // Unknown and withdrawn are one answer; a used one says so (only its holder can ask).
      for (const response of [unknown, afterRevoke]) {
        expect({ status: response.status, body: response.data }).toEqual({
          status: 400,
          body: { type: "invalid_data", code: "token_invalid", message: INVALID },
        })
      }
      expect({ status: reused.status, body: reused.data }).toEqual({
        status: 400,
        body: { type: "invalid_data", code: "token_used", message: USED },
      })
    })

    it("limits how often one customer may try tokens (429 with Retry-After)", async () => {
      const guesser = await createCustomerSession(api, f.publishableKey, "guesser@nowhere.test")
      const statuses: number[] = []
      for (let i = 0; i < 11; i++) statuses.push((await accept(guesser.headers, `guess-${i}`)).status)
      expect(statuses).toEqual([...Array(10).fill(400), 429])
      const limited = await accept(guesser.headers, "one-more")
      expect(limited.data).toEqual({ type: "too_many_requests", code: "rate_limited", message: expect.stringMatching(/try again in \d+ seconds/) })
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      // Other customers are not affected.
      expect((await accept(f.headersOf("buyer"), "guess")).status).toBe(400)
    })

    it("expires after the configured time", async () => {
      const { invitation, token } = await invite("finn@acme.test")
      const finn = await createCustomerSession(api, f.publishableKey, "finn@acme.test")
      const waitMs = new Date(invitation.expires_at).getTime() - Date.now() + 500
      expect(waitMs).toBeLessThanOrEqual(TTL_SECONDS * 1000 + 500)
      await new Promise((resolve) => setTimeout(resolve, waitMs))

      const response = await accept(finn.headers, token)
      expect(response.data).toEqual({ type: "invalid_data", code: "token_expired", message: EXPIRED })
      await invite("fresh@acme.test")
      const expired = await asAdmin("get", `${invitations()}?status=expired`)
      const emails = expired.data.invitations.map((i: any) => i.email)
      expect(emails).toContain("finn@acme.test")
      expect(emails).not.toContain("fresh@acme.test")
      expect(expired.data.invitations.every((i: any) => i.status === "expired")).toBe(true)
    })

    it("resend sends a new link and kills the old one", async () => {
      const { invitation, token: oldToken } = await invite("gina@acme.test")
      const resent = await asAdmin("post", `${invitations()}/${invitation.id}/resend`)
      expect(resent.status).toBe(200)
      const mails = await emailsTo(getContainer(), "gina@acme.test", { atLeast: 2 })
      expect(mails).toHaveLength(2)
      const newToken = tokenFrom(mails[0])
      expect(newToken).not.toBe(oldToken)
      expect(mails[0].data).toEqual(expect.objectContaining({ resent: true }))

      const gina = await createCustomerSession(api, f.publishableKey, "gina@acme.test")
      expect((await accept(gina.headers, oldToken)).data.message).toBe(INVALID)
      expect((await accept(gina.headers, newToken)).status).toBe(200)
    })

    it("turns one token into exactly one membership when accepted in parallel", async () => {
      const { invitation, token } = await invite("hugo@acme.test")
      const hugo = await createCustomerSession(api, f.publishableKey, "hugo@acme.test")

      // Hold the invitation row so all requests are in flight before any can finish.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const blocker = await pg.transaction()
      await blocker.raw("select id from organization_invitation where id = ? for update", [invitation.id])
      const pending = Array.from({ length: 6 }, () => accept(hugo.headers, token))
      await new Promise((resolve) => setTimeout(resolve, 500))
      await blocker.commit()
      const responses = await Promise.all(pending)

      expect(responses.map((r) => r.status).sort()).toEqual([200, 400, 400, 400, 400, 400])
      const members = await asAdmin("get", `/store/organizations/${f.organizations.acme}/members?limit=100`)
      expect(members.data.memberships.filter((m: any) => m.customer_id === hugo.customer.id)).toHaveLength(1)
    })

    it("refuses inviting an existing member or an address with an open invitation (409)", async () => {
      const member = await asAdmin("post", invitations(), { email: "BOB@acme.test", role: "buyer" })
      expect(member.status).toBe(409)
      expect(member.data.message).toBe("bob@acme.test is already a member of this organization")
      const open = await asAdmin("post", invitations(), { email: "pending@acme.test", role: "buyer" })
      expect(open.status).toBe(409)
      expect(open.data.message).toMatch(/open invitation .* resend or revoke it/)
    })

    it("refuses bad input and invitations beyond the inviter's own rights", async () => {
      for (const [body, message] of [
        [{ email: "not-an-email", role: "buyer" }, /email/],
        [{ email: "x@acme.test", role: "owner" }, /role/],
        [{ email: "x@acme.test", role: "buyer", grants: ["all"] }, /grants/],
        [{ email: "x@acme.test" }, /role/],
      ] as const) {
        const response = await asAdmin("post", invitations(), body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      }
      await asAdmin("post", `/store/organizations/${f.organizations.acme}/members/${f.memberships.buyer}`, {
        grants: ["members.manage"],
      })
      const asBuyer = (body: unknown) =>
        send(api, "post", invitations(), { body, headers: f.headersOf("buyer") })
      expect((await asBuyer({ email: "boss@acme.test", role: "admin" })).status).toBe(403)
      expect((await asBuyer({ email: "x@acme.test", role: "buyer", grants: ["orders.approve"] })).status).toBe(403)
      expect((await asBuyer({ email: "x@acme.test", role: "buyer" })).status).toBe(200)
    })

    it("answers 404 for another organization's invitation", async () => {
      const other = await send(api, "post", `/store/organizations/${f.organizations.other}/invitations`, {
        body: { email: "z@other.test", role: "buyer" },
        headers: f.headersOf("otherOrganization"),
      })
      expect(other.status).toBe(200)
      const id = other.data.invitation.id
      expect((await asAdmin("delete", `${invitations()}/${id}`)).status).toBe(404)
      expect((await asAdmin("post", `${invitations()}/${id}/resend`)).status).toBe(404)
    })

    it("lets the merchant invite, list and revoke on the organization's behalf", async () => {
      const base = `/admin/organizations/${f.organizations.acme}/invitations`
      const created = await f.admin("post", base, { email: "ivan@acme.test", role: "admin" })
      expect(created.status).toBe(200)
      expect(created.data.invitation).toEqual(expect.objectContaining({ role: "admin", status: "pending" }))
      const [mail] = await emailsTo(getContainer(), "ivan@acme.test")
      expect(mail.template).toBe("b2b-organization-invitation")
      // The fixture's own invitation has outlived the short test expiry by now.
      const list = await f.admin("get", `${base}?status=pending`)
      expect(list.data.invitations.map((i: any) => i.email)).toEqual(["ivan@acme.test"])
      const revoked = await f.admin("delete", `${base}/${created.data.invitation.id}`)
      expect(revoked.data.invitation.status).toBe("revoked")
      expect((await f.admin("delete", `${base}/${created.data.invitation.id}`)).status).toBe(409)
    })

    describe("delivery locations of newcomers", () => {
      const membersOf = async (organizationId: string) =>
        (await f.admin("get", `/admin/organizations/${organizationId}/members?limit=100`)).data.memberships as any[]
      const locationsOf = async (organizationId: string, customerId: string) => {
        const member = (await membersOf(organizationId)).find((m) => m.customer_id === customerId)
        return member ? (member.locations as any[]).map((l) => l.id).sort() : null
      }
      const invitationsTo = async (email: string) =>
        (await f.admin("get", `/admin/organizations/${f.organizations.acme}/invitations?email=${email}&limit=100`)).data
          .invitations as any[]
      const otherLocation = async () => {
        const created = await f.admin("post", `/admin/organizations/${f.organizations.other}/locations`, {
          label: `Other ${Date.now()}`,
          address_1: "Elders 1",
          city: "Delft",
          postal_code: "2611 AA",
          country_code: "nl",
        })
        expect(created.status).toBe(200)
        return created.data.location.id as string
      }
      /** A store member that may invite (members.manage) but is not an organization admin. */
      const canInvite = async (membershipId: string) => {
        const granted = await asAdmin("post", `/store/organizations/${f.organizations.acme}/members/${membershipId}`, {
          grants: ["members.manage"],
        })
        expect(granted.status).toBe(200)
      }

      it("an invitation with locations: accepted, the colleague checks out to one without a further step", async () => {
        const storefront = await createStorefront(getContainer(), "Locations webshop", { organizationCarts: true })
        const shop = await createShop(getContainer(), [storefront.salesChannelId])
        const before = (await emailsTo(getContainer(), "lena@acme.test", { atLeast: 0 })).length
        const response = await asAdmin("post", invitations(), {
          email: "lena@acme.test",
          role: "buyer",
          location_ids: [f.locations.office, f.locations.office],
        })
        expect(response.status).toBe(200)
        expect(response.data.invitation.location_ids).toEqual([f.locations.office])
        const [mail] = await emailsTo(getContainer(), "lena@acme.test", { atLeast: before + 1 })
        const listed = await asAdmin("get", `${invitations()}?email=lena@acme.test&fields=id,location_ids`)
        expect(listed.data.invitations).toEqual([expect.objectContaining({ location_ids: [f.locations.office] })])

        const lena = await createCustomerSession(api, storefront.key, "lena@acme.test")
        expect((await accept(lena.headers, tokenFrom(mail))).status).toBe(200)
        expect(await locationsOf(f.organizations.acme, lena.customer.id)).toEqual([f.locations.office])

        const placed = await checkout(api, lena.headers, shop, { address: OFFICE })
        expect({ stage: placed.stage, status: placed.response.status }).toEqual({ stage: "order", status: 200 })
        // Control: the rule is on; a location she was not given is refused.
        const refused = await checkout(api, lena.headers, shop, { address: SPARE })
        expect(refused.stage).toBe("address")
        expect(refused.response.data.code).toBe("location_not_allowed")
      })

      it("refuses another organization's or an unknown location (404) and bad input (400); nothing is stored", async () => {
        const foreign = await otherLocation()
        for (const [url, send_] of [
          [invitations(), asAdmin],
          [`/admin/organizations/${f.organizations.acme}/invitations`, f.admin],
        ] as const) {
          for (const id of [foreign, "loc_unknown"]) {
            const response = await send_("post", url, {
              email: "mona@acme.test",
              role: "buyer",
              location_ids: [f.locations.office, id],
            })
            expect({ status: response.status, message: response.data.message }).toEqual({
              status: 404,
              message: `Location with id: ${id} was not found`,
            })
          }
          const bad = await send_("post", url, { email: "mona@acme.test", role: "buyer", location_ids: "loc_x" })
          expect(bad.status).toBe(400)
          expect(bad.data.message).toMatch(/location_ids/)
          const tooMany = await send_("post", url, {
            email: "mona@acme.test",
            role: "buyer",
            location_ids: Array.from({ length: 501 }, (_, i) => `loc_${i}`),
          })
          expect(tooMany.status).toBe(400)
          expect(tooMany.data.message).toMatch(/location_ids/)
        }
        expect(await invitationsTo("mona@acme.test")).toEqual([])
        expect((await emailsTo(getContainer(), "mona@acme.test", { timeoutMs: 500 })).length).toBe(0)
      })

      it("a member manager who is not an admin hands out only locations assigned to itself", async () => {
        await canInvite(f.memberships.requester)
        await canInvite(f.memberships.buyer)
        const asMember = (actor: "requester" | "buyer", body: unknown) =>
          send(api, "post", invitations(), { body, headers: f.headersOf(actor) })

        // Rita is assigned to the office only; Bob to nothing.
        const spare = await asMember("requester", { email: "nils@acme.test", role: "requester", location_ids: [f.locations.spare] })
        expect({ status: spare.status, code: spare.data.code }).toEqual({ status: 403, code: "escalation_forbidden" })
        expect(spare.data.message).toMatch(/locations you are assigned to yourself/)
        const bob = await asMember("buyer", { email: "nils@acme.test", role: "buyer", location_ids: [f.locations.office] })
        expect({ status: bob.status, code: bob.data.code }).toEqual({ status: 403, code: "escalation_forbidden" })
        expect(await invitationsTo("nils@acme.test")).toEqual([])

        const office = await asMember("requester", { email: "nils@acme.test", role: "requester", location_ids: [f.locations.office] })
        expect(office.status).toBe(200)
        expect(office.data.invitation.location_ids).toEqual([f.locations.office])
        // Nor resend or revoke an invitation handing out a location it does not hold.
        const adminMade = await asAdmin("post", invitations(), { email: "olaf@acme.test", role: "requester", location_ids: [f.locations.spare] })
        expect(adminMade.status).toBe(200)
        const resend = await send(api, "post", `${invitations()}/${adminMade.data.invitation.id}/resend`, { headers: f.headersOf("requester") })
        expect({ status: resend.status, code: resend.data.code }).toEqual({ status: 403, code: "escalation_forbidden" })
        const revoke = await send(api, "delete", `${invitations()}/${adminMade.data.invitation.id}`, { headers: f.headersOf("requester") })
        expect(revoke.status).toBe(403)
        // The organization admin may hand out any of the organization's locations.
        expect((await asAdmin("delete", `${invitations()}/${adminMade.data.invitation.id}`)).status).toBe(200)
      })

      it("an organization with exactly one location gives it when none are named; [] gives none", async () => {
        const owner = await createCustomerSession(api, f.publishableKey, "sol@solo.test")
        const created = await f.admin("post", "/admin/organizations", { name: "Solo", country_code: "nl", admin: { customer_id: owner.customer.id } })
        expect(created.status).toBe(200)
        const solo = created.data.organization.id as string
        const soloInvitations = `/store/organizations/${solo}/invitations`
        const asOwner = (body: unknown) => send(api, "post", soloInvitations, { body, headers: owner.headers })

        // No location yet: nothing to default to.
        const none = await asOwner({ email: "early@solo.test", role: "buyer" })
        expect(none.data.invitation.location_ids).toEqual([])
        const location = await f.admin("post", `/admin/organizations/${solo}/locations`, {
          label: "Head office",
          ...OFFICE,
        })
        const only = location.data.location.id as string

        const defaulted = await asOwner({ email: "sam@solo.test", role: "buyer" })
        expect(defaulted.data.invitation.location_ids).toEqual([only])
        const explicit = await asOwner({ email: "tess@solo.test", role: "buyer", location_ids: [] })
        expect(explicit.data.invitation.location_ids).toEqual([])
        const byMerchant = await f.admin("post", `/admin/organizations/${solo}/invitations`, { email: "uma@solo.test", role: "buyer" })
        expect(byMerchant.data.invitation.location_ids).toEqual([only])

        const [samMail] = await emailsTo(getContainer(), "sam@solo.test")
        const [tessMail] = await emailsTo(getContainer(), "tess@solo.test")
        const sam = await createCustomerSession(api, f.publishableKey, "sam@solo.test")
        const tess = await createCustomerSession(api, f.publishableKey, "tess@solo.test")
        expect((await accept(sam.headers, tokenFrom(samMail))).status).toBe(200)
        expect((await accept(tess.headers, tokenFrom(tessMail))).status).toBe(200)
        expect(await locationsOf(solo, sam.customer.id)).toEqual([only])
        expect(await locationsOf(solo, tess.customer.id)).toEqual([])

        // The merchant's add-member defaults the same way.
        const vic = await createCustomerSession(api, f.publishableKey, "vic@solo.test")
        const added = await f.admin("post", `/admin/organizations/${solo}/members`, { customer_id: vic.customer.id, role: "buyer" })
        expect(added.status).toBe(200)
        expect(added.data.membership.locations.map((l: any) => l.id)).toEqual([only])
      })

      it("drops a location deleted between invitation and acceptance", async () => {
        const location = await f.admin("post", `/admin/organizations/${f.organizations.acme}/locations`, {
          label: "Pop-up",
          address_1: "Tijdelijk 1",
          city: "Utrecht",
          postal_code: "3511 AB",
          country_code: "nl",
        })
        const popUp = location.data.location.id as string
        const { token } = await (async () => {
          const response = await asAdmin("post", invitations(), { email: "wim@acme.test", role: "buyer", location_ids: [popUp, f.locations.office] })
          expect(response.status).toBe(200)
          const [mail] = await emailsTo(getContainer(), "wim@acme.test")
          return { token: tokenFrom(mail) }
        })()
        expect((await f.admin("delete", `/admin/organizations/${f.organizations.acme}/locations/${popUp}`)).status).toBe(200)
        const wim = await createCustomerSession(api, f.publishableKey, "wim@acme.test")
        expect((await accept(wim.headers, token)).status).toBe(200)
        expect(await locationsOf(f.organizations.acme, wim.customer.id)).toEqual([f.locations.office])
      })

      it("the merchant adds a member with locations; another organization's location adds nobody", async () => {
        const xena = await createCustomerSession(api, f.publishableKey, "xena@acme.test")
        const members = `/admin/organizations/${f.organizations.acme}/members`
        const foreign = await otherLocation()
        const refused = await f.admin("post", members, { customer_id: xena.customer.id, role: "buyer", location_ids: [f.locations.spare, foreign] })
        expect({ status: refused.status, message: refused.data.message }).toEqual({
          status: 404,
          message: `Location with id: ${foreign} was not found`,
        })
        expect(await locationsOf(f.organizations.acme, xena.customer.id)).toBeNull()
        const bad = await f.admin("post", members, { customer_id: xena.customer.id, role: "buyer", location_ids: [""] })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/location_ids/)

        const added = await f.admin("post", members, {
          customer_id: xena.customer.id,
          role: "buyer",
          location_ids: [f.locations.spare, f.locations.office],
        })
        expect(added.status).toBe(200)
        expect(added.data.membership.locations.map((l: any) => l.id).sort()).toEqual(
          [f.locations.office, f.locations.spare].sort()
        )
        // Two locations and none named: no default.
        const yuri = await createCustomerSession(api, f.publishableKey, "yuri@acme.test")
        const plain = await f.admin("post", members, { customer_id: yuri.customer.id, role: "buyer" })
        expect(plain.status).toBe(200)
        expect(await locationsOf(f.organizations.acme, yuri.customer.id)).toEqual([])
      })
    })

    describe("member e-mails", () => {
      const member = (id: string) => `/store/organizations/${f.organizations.acme}/members/${id}`

      it("tells a member they were deactivated and removed", async () => {
        await asAdmin("post", member(f.memberships.requester), { status: "deactivated" })
        const [deactivated] = await emailsTo(getContainer(), "rita@acme.test", {
          template: "b2b-member-deactivated",
        })
        expect(deactivated).toEqual(
          expect.objectContaining({ to: "rita@acme.test", channel: "email", template: "b2b-member-deactivated" })
        )
        expect(deactivated.data).toEqual(expect.objectContaining({ organization_name: "Acme" }))

        await asAdmin("delete", member(f.memberships.requester))
        const [removed] = await emailsTo(getContainer(), "rita@acme.test", { template: "b2b-member-removed" })
        expect(removed?.template).toBe("b2b-member-removed")
      })

      it("sends nothing in a category the member turned off", async () => {
        const off = await send(api, "post", `/store/organizations/${f.organizations.acme}/me`, {
          body: { notification_preferences: { general: false } },
          headers: f.headersOf("buyer"),
        })
        expect(off.status).toBe(200)
        await asAdmin("post", member(f.memberships.buyer), { status: "deactivated" })
        // Control: the same change for a member with e-mails on is sent.
        await asAdmin("post", member(f.memberships.requester), { status: "deactivated" })
        expect(await emailsTo(getContainer(), "rita@acme.test")).toHaveLength(1)
        expect(await emailsTo(getContainer(), "bob@acme.test", { timeoutMs: 1000 })).toHaveLength(0)
      })
    })
  },
})
