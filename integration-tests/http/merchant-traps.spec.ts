import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import type { AxiosResponse } from "axios"
import { createAdminSession } from "../helpers/auth"
import { client, send } from "../helpers/http"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createPublishableKey } from "../helpers/store"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"

jest.setTimeout(180_000)

/**
 * The traps a new merchant walked into (issue 25, part F), driven as the dashboard drives them:
 * "Reactivate" on a pending member made it active without its contact's link, and the
 * activation link of an approved request could be copied only from a toast.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>
    let publishableKey: string
    const { ok, send: asMerchant } = client(api, () => adminHeaders)

    const expectRefusal = (response: AxiosResponse, status: number, code: string) => {
      expect({ status: response.status, code: response.data?.code }).toEqual({ status, code })
      expect(response.data).toEqual({ type: expect.any(String), code, message: expect.any(String) })
    }

    let sequence = 0
    /** A company asks for an account from the storefront; answers the request's id. */
    async function requestAccount(email: string) {
      sequence += 1
      const response = await send(api, "post", "/store/account-requests", {
        headers: storeHeaders,
        body: {
          company: { name: `Trap ${sequence} BV`, vat_number: "NL000099998B57", registration_number: `1000${String(sequence).padStart(4, "0")}`, country_code: "NL" },
          contact: { first_name: "Tom", last_name: "Trap", email },
        },
      })
      expect(response.status).toBe(200)
      return response.data.account_request.id as string
    }

    /** Requested and approved: the organization, its pending admin and the e-mailed token. */
    async function approvedRequest(email: string) {
      const id = await requestAccount(email)
      const approved = await ok("post", `/admin/account-requests/${id}/approve`, { allow_duplicate: true })
      const organizationId = approved.organization.id as string
      const [membership] = (await ok("get", `/admin/organizations/${organizationId}/members`)).memberships
      expect(membership.status).toBe("pending")
      const [mail] = await emailsTo(getContainer(), email, { template: "b2b-account-request-approved" })
      // A contact whose e-mail has a login with a password gets the confirm link instead.
      const link = mail.data?.activation_url ? "activation_url" : "confirm_url"
      return { id, organizationId, membershipId: membership.id as string, mailedToken: tokenFrom(mail, link) }
    }

    const activate = (token: string, password = "a-long-enough-password-1") =>
      send(api, "post", "/store/activations", { body: { token, password }, headers: storeHeaders })
    const statusOf = async (organizationId: string, membershipId: string) =>
      (await ok("get", `/admin/organizations/${organizationId}/members?limit=100`)).memberships.find((m: any) => m.id === membershipId)
        ?.status

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      publishableKey = await createPublishableKey(getContainer())
      storeHeaders = { "x-publishable-api-key": publishableKey }
    })

    beforeEach(async () => {
      await getContainer().resolve(Modules.CACHE).invalidate("b2b-accounts:attempts:*")
    })

    describe("a pending member becomes active only by its link", () => {
      it("the merchant cannot set a pending member active, nor deactivated (409 membership_pending_activation naming the way out)", async () => {
        const { organizationId, membershipId, mailedToken } = await approvedRequest("pending@trap.test")
        const url = `/admin/organizations/${organizationId}/members/${membershipId}`

        const reactivated = await asMerchant("post", url, { status: "active" })
        expectRefusal(reactivated, 409, "membership_pending_activation")
        expect(reactivated.data.message).toMatch(/activation/)
        expect(reactivated.data.message).toContain(`/admin/organizations/${organizationId}/members/${membershipId}/activation`)
        expect(await statusOf(organizationId, membershipId)).toBe("pending")
        // Not around the rule either: deactivating first would make "deactivated → active" a way in.
        expectRefusal(await asMerchant("post", url, { status: "deactivated" }), 409, "membership_pending_activation")
        expectRefusal(await asMerchant("post", url, { status: "active", role: "admin" }), 409, "membership_pending_activation")
        expect(await statusOf(organizationId, membershipId)).toBe("pending")

        // Other changes to the pending member stay the merchant's.
        expect((await asMerchant("post", url, { spending_limit: { eur: 500 } })).status).toBe(200)

        // The way out: send activation (the e-mailed link works, the member becomes active).
        const sent = await asMerchant("post", `${url}/activation`)
        expect(sent.status).toBe(200)
        expect(sent.data.email).toEqual({ status: "sent", to: "pending@trap.test" })
        const mails = await emailsTo(getContainer(), "pending@trap.test", { template: "b2b-account-request-approved", atLeast: 2 })
        expect((await activate(mailedToken)).status).toBe(400)
        expect((await activate(tokenFrom(mails[0], "activation_url"))).status).toBe(200)
        expect(await statusOf(organizationId, membershipId)).toBe("active")
      })

      it("a deactivated member is reactivated by the merchant as before", async () => {
        const { organization } = await ok("post", "/admin/organizations", { name: "Reactivate BV" })
        const buyer = await createCustomerSession(api, publishableKey, "buyer@reactivate.test")
        const { membership } = await ok("post", `/admin/organizations/${organization.id}/members`, {
          customer_id: buyer.customer.id,
          role: "buyer",
        })
        const url = `/admin/organizations/${organization.id}/members/${membership.id}`
        expect((await ok("post", url, { status: "deactivated" })).membership.status).toBe("deactivated")
        expect((await ok("post", url, { status: "active" })).membership.status).toBe("active")
      })

      it("an organization admin cannot activate (or deactivate) a pending member in the store either", async () => {
        const anna = await createCustomerSession(api, publishableKey, "anna@store-trap.test")
        const pat = await createCustomerSession(api, publishableKey, "pat@store-trap.test")
        const { organization } = await ok("post", "/admin/organizations", { name: "Store Trap BV" })
        const members = `/admin/organizations/${organization.id}/members`
        await ok("post", members, { customer_id: anna.customer.id, role: "admin" })
        const { membership } = await ok("post", members, { customer_id: pat.customer.id, role: "buyer" })
        // As an account approval or an e-mailed addition makes it: waiting for its contact's link.
        await getContainer().resolve<any>(ORGANIZATION_MODULE).updateOrganizationMemberships({ id: membership.id, status: "pending" })
        const url = `/store/organizations/${organization.id}/members/${membership.id}`
        const headers = { ...anna.headers, "x-organization-id": organization.id }
        const activated = await send(api, "post", url, { body: { status: "active" }, headers })
        expectRefusal(activated, 409, "membership_pending_activation")
        expectRefusal(await send(api, "post", url, { body: { status: "deactivated" }, headers }), 409, "membership_pending_activation")
        expect(await statusOf(organization.id, membership.id)).toBe("pending")
        // The pending member itself acts for nothing meanwhile.
        expect((await send(api, "get", `/store/organizations/${organization.id}`, { headers: pat.headers })).data.code).toBe("membership_pending")
      })
    })

    describe("the approved request's activation link, again on demand", () => {
      it("re-issues a fresh link once: the previous one (e-mailed or copied) stops working; refused once the membership is active", async () => {
        const { id, organizationId, membershipId, mailedToken } = await approvedRequest("copy@trap.test")
        const url = `/admin/account-requests/${id}/activation-link`

        const first = await asMerchant("post", url)
        expect(first.status).toBe(200)
        expect(first.data).toEqual({
          account_request: expect.objectContaining({ id, status: "approved", activated_at: null }),
          url: expect.stringMatching(/^http:\/\/localhost:8000\/account\/activate\?token=/),
          expires_at: expect.any(String),
        })
        // Only the token's hash is kept: the request never shows the link again.
        expect(JSON.stringify((await ok("get", `/admin/account-requests/${id}`)).account_request)).not.toContain(
          new URL(first.data.url).searchParams.get("token")
        )
        const second = await ok("post", url)
        const firstToken = new URL(first.data.url).searchParams.get("token")!
        const secondToken = new URL(second.url).searchParams.get("token")!
        expect(new Set([mailedToken, firstToken, secondToken]).size).toBe(3)

        expect((await activate(mailedToken)).status).toBe(400)
        expect((await activate(firstToken)).status).toBe(400)
        expect((await activate(secondToken)).status).toBe(200)
        expect(await statusOf(organizationId, membershipId)).toBe("active")

        const used = await asMerchant("post", url)
        expectRefusal(used, 409, "membership_not_pending")
        expect(used.data.message).toMatch(/log in/)
        const request = (await ok("get", `/admin/account-requests/${id}`)).account_request
        expect(request.activated_at).toEqual(expect.any(String))
      })

      it("answers 404 for an unknown request and 409 for one not approved", async () => {
        expect((await asMerchant("post", "/admin/account-requests/accreq_unknown/activation-link")).status).toBe(404)
        const waiting = await requestAccount("waiting@trap.test")
        const notYet = await asMerchant("post", `/admin/account-requests/${waiting}/activation-link`)
        expectRefusal(notYet, 409, "conflict")
        expect(notYet.data.message).toMatch(/approve/i)
        await ok("post", `/admin/account-requests/${waiting}/reject`, { reason: "Not a company we serve." })
        expectRefusal(await asMerchant("post", `/admin/account-requests/${waiting}/activation-link`), 409, "conflict")
        expect((await send(api, "post", `/admin/account-requests/${waiting}/activation-link`)).status).toBe(401)
      })

      it("refuses a link for a login that has a password (its holder could replace it); e-mailing stays possible", async () => {
        await createCustomerSession(api, publishableKey, "haslogin@trap.test")
        const { id, organizationId, membershipId } = await approvedRequest("haslogin@trap.test")
        const refused = await asMerchant("post", `/admin/account-requests/${id}/activation-link`)
        expectRefusal(refused, 409, "conflict")
        expect(refused.data.message).toMatch(/password/)
        const sent = await asMerchant("post", `/admin/organizations/${organizationId}/members/${membershipId}/activation`)
        expect(sent.data.email).toEqual({ status: "sent", to: "haslogin@trap.test" })
      })
    })
  },
})
