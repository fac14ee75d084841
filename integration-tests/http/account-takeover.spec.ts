import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { client, send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createStorefront } from "../helpers/store"

jest.setTimeout(120_000)

// Issue 15, class 7: a membership made by approving an account request acts only after the
// contact proved the e-mail address with the single-use link sent to it.

const CONTACT = "jan@bakkerij.test"
const ATTACKER_PASSWORD = "attacker-chose-this-1"

const accountRequest = (email = CONTACT) => ({
  company: { name: "Bakkerij Jansen", vat_number: "NL000099998B57", registration_number: "34567890", country_code: "NL" },
  contact: { first_name: "Jan", last_name: "Jansen", email },
})

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storefront: Awaited<ReturnType<typeof createStorefront>>
    let store: Record<string, string>

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
      storefront = await createStorefront(getContainer(), "B2B", { organizationCarts: true })
      store = { "x-publishable-api-key": storefront.key }
    })

    const { send: admin, ok } = client(api, () => adminHeaders)
    const login = async (email: string, password: string) => {
      const response = await send(api, "post", "/auth/customer/emailpass", { body: { email, password } })
      return response.status === 200 ? { ...store, authorization: `Bearer ${response.data.token}` } : null
    }
    const activate = (body: unknown, headers: Record<string, string> = store) =>
      send(api, "post", "/store/activations", { body, headers })
    const organizationAs = (headers: Record<string, string>, id: string) =>
      send(api, "get", `/store/organizations/${id}`, { headers })
    const membersOf = async (organizationId: string) =>
      (await ok("get", `/admin/organizations/${organizationId}/members`)).memberships as any[]
    const approvalEmail = async (email = CONTACT) =>
      (await emailsTo(getContainer(), email, { template: "b2b-account-request-approved" }))[0]

    /** The contact asks, the merchant approves; answers the new organization's id. */
    async function requestAndApprove(email = CONTACT) {
      const requested = await send(api, "post", "/store/account-requests", { body: accountRequest(email), headers: store })
      expect(requested.status).toBe(200)
      const approved = await admin("post", `/admin/account-requests/${requested.data.account_request.id}/approve`)
      expect(approved.status).toBe(200)
      return approved.data.account_request.organization_id as string
    }

    it("a login registered for the contact's e-mail before approval does not become an active admin", async () => {
      // The attacker registers the contact's address (no proof of the e-mail needed) and waits.
      const attacker = await createCustomerSession(api, storefront.key, CONTACT, ATTACKER_PASSWORD)
      const organizationId = await requestAndApprove()

      const [membership] = await membersOf(organizationId)
      expect(membership).toEqual(expect.objectContaining({ role: "admin", status: "pending", customer_id: attacker.customer.id }))
      const denied = await organizationAs(attacker.headers, organizationId)
      expect(denied.status).toBe(403)
      expect((await send(api, "get", `/store/organizations/${organizationId}/members`, { headers: attacker.headers })).status).toBe(403)
      // Not even listed among the attacker's organizations.
      const mine = await send(api, "get", "/store/organizations", { headers: attacker.headers })
      expect(mine.data.organizations).toEqual([])

      // The e-mail carries a confirm link (the address has a login), never null.
      const mail = await approvalEmail()
      expect(mail.data).toEqual(
        expect.objectContaining({ activation_url: null, confirm_url: expect.stringContaining("/account/confirm?token=") })
      )
      const token = tokenFrom(mail, "confirm_url")

      // The token alone does not join the attacker's login: its password would stay the attacker's.
      const bare = await activate({ token })
      expect(bare.status).toBe(400)
      expect(bare.data.message).toMatch(/password/)

      // Login tokens carry their issue time in whole seconds: a real approval takes far longer than this.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      // The contact (who reads the mailbox) confirms by setting the login's password.
      const confirmed = await activate({ token, password: "krentenbollen-2026" })
      expect(confirmed.status).toBe(200)
      expect(confirmed.data).toEqual({ activated: true, email: CONTACT })
      expect((await membersOf(organizationId))[0].status).toBe("active")
      expect(await login(CONTACT, ATTACKER_PASSWORD)).toBeNull()
      const contact = (await login(CONTACT, "krentenbollen-2026"))!
      expect((await organizationAs(contact, organizationId)).status).toBe(200)
      // The attacker's login token from before the confirmation acts as the same customer,
      // and Medusa cannot revoke it: it no longer acts for the organization.
      const stale = await organizationAs(attacker.headers, organizationId)
      expect(stale.status).toBe(401)
      expect(stale.data.message).toMatch(/log in again/)

      // Single use.
      const reused = await activate({ token, password: "another-password-1" })
      expect(reused.status).toBe(400)
      expect(reused.data).toEqual(expect.objectContaining({ code: "token_used", message: "This activation link was used already: log in with your e-mail address and password" }))
    })

    it("an existing customer confirms with the link while logged in; another login cannot use it", async () => {
      const existing = await createCustomerSession(api, storefront.key, CONTACT)
      const stranger = await createCustomerSession(api, storefront.key, "stranger@elsewhere.test")
      const organizationId = await requestAndApprove()
      expect((await organizationAs(existing.headers, organizationId)).status).toBe(403)
      const token = tokenFrom(await approvalEmail(), "confirm_url")

      const wrongLogin = await activate({ token }, stranger.headers)
      expect(wrongLogin.status).toBe(400)
      expect(wrongLogin.data.message).toMatch(/password/)
      expect((await membersOf(organizationId))[0].status).toBe("pending")

      // Parallel confirms of one link: exactly one succeeds.
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => activate({ token }, existing.headers)))
      expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400, 400, 400])
      expect((await membersOf(organizationId))[0].status).toBe("active")
      // The password stayed what the customer had.
      expect(await login(CONTACT, "correct-horse-battery-staple")).not.toBeNull()
      expect((await organizationAs(existing.headers, organizationId)).status).toBe(200)
    })

    it("an auth identity without a customer record does not block the approval", async () => {
      // Registered with emailpass but never created the customer (an abandoned sign-up, or an attacker).
      const registered = await send(api, "post", "/auth/customer/emailpass/register", {
        body: { email: CONTACT, password: ATTACKER_PASSWORD },
      })
      expect(registered.status).toBe(200)
      const organizationId = await requestAndApprove()

      const [membership] = await membersOf(organizationId)
      expect(membership).toEqual(
        expect.objectContaining({ status: "pending", customer: expect.objectContaining({ email: CONTACT }) })
      )
      // The identity now logs in as that customer, but the membership does not act yet.
      const early = (await login(CONTACT, ATTACKER_PASSWORD))!
      expect((await organizationAs(early, organizationId)).status).toBe(403)

      const token = tokenFrom(await approvalEmail(), "confirm_url")
      expect((await activate({ token, password: "krentenbollen-2026" })).status).toBe(200)
      const contact = (await login(CONTACT, "krentenbollen-2026"))!
      const mine = await send(api, "get", "/store/organizations", { headers: contact })
      expect(mine.data.organizations).toEqual([
        expect.objectContaining({ id: organizationId, membership: expect.objectContaining({ role: "admin", status: "active" }) }),
      ])
    })

    it("self-registration on an open channel with somebody else's e-mail gives no active membership until they confirm", async () => {
      const group = (await ok("post", "/admin/access-groups", { name: "Open", registration_mode: "open" })).access_group
      await ok("post", `/admin/access-groups/${group.id}/sales-channels`, { add: [storefront.salesChannelId] })
      const victim = await createCustomerSession(api, storefront.key, "victim@elsewhere.test")

      // Anonymous: registers a company in the victim's name; open groups approve at once.
      const registered = await send(api, "post", "/store/account-requests", {
        body: accountRequest("victim@elsewhere.test"),
        headers: store,
      })
      expect(registered.data.account_request.status).toBe("approved")
      const { organization_id: organizationId } = (await ok("get", `/admin/account-requests/${registered.data.account_request.id}`))
        .account_request
      expect(await membersOf(organizationId)).toEqual([
        expect.objectContaining({ role: "admin", status: "pending", customer_id: victim.customer.id }),
      ])
      expect((await organizationAs(victim.headers, organizationId)).status).toBe(403)

      // Only the owner of the address, following the e-mailed link, makes it act.
      const token = tokenFrom(await approvalEmail("victim@elsewhere.test"), "confirm_url")
      expect((await activate({ token }, victim.headers)).status).toBe(200)
      expect((await organizationAs(victim.headers, organizationId)).status).toBe(200)
    })

    it("a new login is activated by the link with a password; expired links are refused", async () => {
      const organizationId = await requestAndApprove()
      expect((await membersOf(organizationId))[0].status).toBe("pending")
      const mail = await approvalEmail()
      expect(mail.data).toEqual(expect.objectContaining({ confirm_url: null, activation_url: expect.any(String) }))
      const token = tokenFrom(mail, "activation_url")
      expect((await activate({ token })).status).toBe(400)

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw("update organization_account_request set activation_expires_at = now() - interval '1 second'")
      const expired = await activate({ token, password: "krentenbollen-2026" })
      expect(expired.status).toBe(400)
      expect(expired.data).toEqual(expect.objectContaining({ code: "token_expired", message: "This activation link has expired: ask the shop for a new one" }))
      expect((await membersOf(organizationId))[0].status).toBe("pending")
    })
  },
})
