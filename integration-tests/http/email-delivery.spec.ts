// A store without an e-mail provider, as a plain Medusa store is (issue 16, item 1): medusa-config
// drops the local provider's `email` channel when this is set, before the runner boots the app.
process.env.B2B_TEST_EMAIL_PROVIDER = "none"

import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { createCustomerSession, createPublishableKey } from "../helpers/store"

jest.setTimeout(120_000)

const NO_PROVIDER = "No notification provider serves the email channel"

httpTestRunner({
  env: { B2B_TEST_EMAIL_PROVIDER: "none" },
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let publishableKey: string
    let storeHeaders: Record<string, string>

    beforeEach(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      publishableKey = await createPublishableKey(getContainer())
      storeHeaders = { "x-publishable-api-key": publishableKey }
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
    })

    const admin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
      send(api, method, url, { body, headers: adminHeaders })
    const tokenOf = (url: string) => new URL(url).searchParams.get("token")!
    const failed = (to: string) => ({ status: "failed", to, reason: NO_PROVIDER })

    /** Acme with Alice (registered, with a password) as its admin, and Other BV. */
    const twoOrganizations = async () => {
      const alice = await createCustomerSession(api, publishableKey, "alice@acme.test")
      const acme = (await admin("post", "/admin/organizations", { name: "Acme", admin: { customer_id: alice.customer.id } })).data
        .organization.id as string
      const other = (await admin("post", "/admin/organizations", { name: "Other BV" })).data.organization.id as string
      return { alice, acme, other }
    }

    it("reports that e-mail cannot be delivered", async () => {
      const response = await admin("get", "/admin/b2b/status")
      expect(response.status).toBe(200)
      expect(response.data).toEqual({
        email_delivery: { configured: false, providers: [], message: expect.stringContaining(NO_PROVIDER) },
      })
    })

    it("invites with a failed e-mail, then a copied link works once and the previous link is dead", async () => {
      const { acme, other } = await twoOrganizations()
      const invited = await admin("post", `/admin/organizations/${acme}/invitations`, { email: "Bob@Acme.test", role: "buyer" })
      expect(invited.status).toBe(200)
      expect(invited.data.email).toEqual(failed("bob@acme.test"))
      expect(invited.data.invitation.status).toBe("pending")
      const invitationId = invited.data.invitation.id
      const resent = await admin("post", `/admin/organizations/${acme}/invitations/${invitationId}/resend`)
      expect(resent.data.email).toEqual(failed("bob@acme.test"))

      const first = await admin("post", `/admin/organizations/${acme}/invitations/${invitationId}/link`)
      expect(first.status).toBe(200)
      expect(first.data).toEqual({
        invitation: expect.objectContaining({ id: invitationId, status: "pending" }),
        url: expect.stringMatching(/^http:\/\/localhost:8000\/invitations\/accept\?token=/),
        expires_at: expect.any(String),
      })
      const second = await admin("post", `/admin/organizations/${acme}/invitations/${invitationId}/link`)
      expect(tokenOf(second.data.url)).not.toBe(tokenOf(first.data.url))
      // Another organization's id: 404, and nothing rotated.
      expect((await admin("post", `/admin/organizations/${other}/invitations/${invitationId}/link`)).status).toBe(404)

      const bob = await createCustomerSession(api, publishableKey, "bob@acme.test")
      const accept = (token: string) => send(api, "post", "/store/invitations/accept", { body: { token }, headers: bob.headers })
      const old = await accept(tokenOf(first.data.url))
      expect(old.status).toBe(400)
      expect((await accept(tokenOf(second.data.url))).status).toBe(200)
      // Accepted: no more links.
      expect((await admin("post", `/admin/organizations/${acme}/invitations/${invitationId}/link`)).status).toBe(409)
    })

    it("onboards with a failed activation e-mail; the copied activation link activates, the previous one is dead", async () => {
      const { acme, alice, other } = await twoOrganizations()
      const created = await admin("post", "/admin/organizations", {
        name: "Nieuw BV",
        admin: { email: "eva@nieuw.test", first_name: "Eva", send_activation: true },
      })
      expect(created.status).toBe(200)
      expect(created.data.email).toEqual(failed("eva@nieuw.test"))
      const organizationId = created.data.organization.id
      const [member] = (await admin("get", `/admin/organizations/${organizationId}/members`)).data.memberships
      expect(member.status).toBe("pending")

      const activation = await admin("post", `/admin/organizations/${organizationId}/members/${member.id}/activation`)
      expect(activation.status).toBe(200)
      expect(activation.data).toEqual(
        expect.objectContaining({ activation: { sent_to: "eva@nieuw.test" }, email: failed("eva@nieuw.test") })
      )

      const link = () => admin("post", `/admin/organizations/${organizationId}/members/${member.id}/activation-link`)
      const first = await link()
      expect(first.status).toBe(200)
      expect(first.data).toEqual({
        membership: expect.objectContaining({ id: member.id, status: "pending" }),
        url: expect.stringMatching(/^http:\/\/localhost:8000\/account\/activate\?token=/),
        expires_at: expect.any(String),
      })
      const second = await link()
      expect((await admin("post", `/admin/organizations/${other}/members/${member.id}/activation-link`)).status).toBe(404)

      const activate = (token: string) =>
        send(api, "post", "/store/activations", { body: { token, password: "eva-password-123" }, headers: storeHeaders })
      expect((await activate(tokenOf(first.data.url))).status).toBe(400)
      expect((await activate(tokenOf(second.data.url))).status).toBe(200)
      const [customer] = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomers({ email: "eva@nieuw.test" }, { select: ["has_account"] })
      expect(customer.has_account).toBe(true)
      const [active] = (await admin("get", `/admin/organizations/${organizationId}/members`)).data.memberships
      expect(active.status).toBe("active")

      // Alice has a password: a copied link would let its holder choose hers.
      const [aliceMember] = (await admin("get", `/admin/organizations/${acme}/members`)).data.memberships
      expect(aliceMember.customer_id).toBe(alice.customer.id)
      const refused = await admin("post", `/admin/organizations/${acme}/members/${aliceMember.id}/activation-link`)
      expect(refused.status).toBe(409)
    })

    it("gives an active member without a password a set-password link", async () => {
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "piet@acme.test", first_name: "Piet", has_account: true })
      const acme = (await admin("post", "/admin/organizations", { name: "Acme", admin: { customer_id: customer.id } })).data
        .organization.id
      const [member] = (await admin("get", `/admin/organizations/${acme}/members`)).data.memberships
      expect(member.status).toBe("active")
      const response = await admin("post", `/admin/organizations/${acme}/members/${member.id}/activation-link`)
      expect(response.status).toBe(200)
      const url = new URL(response.data.url)
      expect(url.pathname).toBe("/account/set-password")
      expect(url.searchParams.get("email")).toBe("piet@acme.test")
      const update = await send(api, "post", "/auth/customer/emailpass/update", {
        body: { email: "piet@acme.test", password: "piet-password-123" },
        headers: { authorization: `Bearer ${url.searchParams.get("token")}` },
      })
      expect(update.status).toBe(200)
      const login = await send(api, "post", "/auth/customer/emailpass", { body: { email: "piet@acme.test", password: "piet-password-123" } })
      expect(login.status).toBe(200)
    })

    it("approves an account request although its e-mail fails, and still notifies the dashboard bell", async () => {
      const requested = await send(api, "post", "/store/account-requests", {
        headers: storeHeaders,
        body: {
          company: { name: "Bakkerij Jansen", vat_number: "NL000099998B57", registration_number: "34567890", country_code: "NL" },
          contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test" },
        },
      })
      expect(requested.status).toBe(200)
      const id = requested.data.account_request.id
      const approved = await admin("post", `/admin/account-requests/${id}/approve`)
      expect(approved.status).toBe(200)
      expect(approved.data.account_request.status).toBe("approved")
      expect(approved.data.email).toEqual(failed("jan@bakkerij.test"))

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let feed: any[] = []
      for (let i = 0; i < 50 && !feed.length; i++) {
        feed = await notifications.listNotifications({ channel: "feed" })
        if (!feed.length) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(feed).toEqual([
        expect.objectContaining({
          to: "",
          template: "admin-ui",
          data: expect.objectContaining({ title: "New account request", account_request_id: id }),
        }),
      ])
    })
  },
})
