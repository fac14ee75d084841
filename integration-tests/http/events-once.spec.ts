import { Modules } from "@medusajs/framework/utils"
import { createAdminSession } from "../helpers/auth"
import { client, send } from "../helpers/http"
import { emailsTo } from "../helpers/notifications"
import { httpTestRunner } from "../helpers/runner"
import { createCustomerSession, createStorefront } from "../helpers/store"

jest.setTimeout(120_000)

// Events are delivered at least once (Medusa's Redis event bus retries; a worker that stops in
// the middle handles the event again): the e-mails they trigger must go out once. Each test
// causes an event the way the store does, then delivers the very same event again on Medusa's
// event bus, and counts what the Notification module recorded.

/** Long enough for the subscribers of a second delivery to have run (they run within milliseconds). */
const SETTLE_MS = 2_000

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { ok } = client(api, () => adminHeaders)
    const deliverAgain = (name: string, data: Record<string, unknown>) =>
      getContainer().resolve(Modules.EVENT_BUS).emit({ name, data })
    /** Every e-mail to `to` with `template`, after waiting for more than `expected` of them. */
    const settled = (to: string, template: string, expected: number) =>
      emailsTo(getContainer(), to, { template, atLeast: expected + 1, timeoutMs: SETTLE_MS })

    it("an account request's acknowledgement and the merchant's bell entry: once for account_request.created delivered twice", async () => {
      const storefront = await createStorefront(getContainer(), "Webshop")
      const { data, status } = await send(api, "post", "/store/account-requests", {
        headers: { "x-publishable-api-key": storefront.key },
        body: {
          company: { name: "Bakkerij Jansen", country_code: "NL", address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" } },
          contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test" },
        },
      })
      expect(status).toBe(200)
      const id = data.account_request.id as string
      expect(await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-received" })).toHaveLength(1)

      await deliverAgain("account_request.created", { id })
      expect(await settled("jan@bakkerij.test", "b2b-account-request-received", 1)).toHaveLength(1)
      const bell = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })
      expect(bell.filter((entry) => entry.data?.account_request_id === id)).toHaveLength(1)
    })

    it("a deactivation's e-mail: once per deactivation, also when organization.member_updated is delivered twice", async () => {
      const storefront = await createStorefront(getContainer(), "Webshop")
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const bob = await createCustomerSession(api, storefront.key, "bob@acme.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } })).organization.id as string
      const bobId = (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: bob.customer.id, role: "buyer" })).membership.id as string
      const setStatus = (status: string) => ok("post", `/admin/organizations/${acme}/members/${bobId}`, { status })

      await setStatus("deactivated")
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-member-deactivated" })).toHaveLength(1)
      // The event as the update emitted it: the membership's id, its change, and the row's updated_at.
      const [membership] = await getContainer()
        .resolve("organization")
        .listOrganizationMemberships({ id: bobId }, { select: ["id", "updated_at"] })
      await deliverAgain("organization.member_updated", {
        id: bobId,
        organization_id: acme,
        changed: ["status"],
        updated_at: membership.updated_at,
      })
      expect(await settled("bob@acme.test", "b2b-member-deactivated", 1)).toHaveLength(1)

      // Reactivated and deactivated again: a new deactivation, a new e-mail.
      await setStatus("active")
      await setStatus("deactivated")
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-member-deactivated", atLeast: 2 })).toHaveLength(2)
    })

    it("a removal's e-mail: once for organization.member_removed delivered twice", async () => {
      const storefront = await createStorefront(getContainer(), "Webshop")
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const bob = await createCustomerSession(api, storefront.key, "bob@acme.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } })).organization.id as string
      const bobId = (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: bob.customer.id, role: "buyer" })).membership.id as string

      await ok("delete", `/admin/organizations/${acme}/members/${bobId}`)
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-member-removed" })).toHaveLength(1)
      await deliverAgain("organization.member_removed", { id: bobId, organization_id: acme })
      expect(await settled("bob@acme.test", "b2b-member-removed", 1)).toHaveLength(1)
    })

    it("a seat's e-mail: once for entitlement.seat_assigned delivered twice; a seat given again is a new e-mail", async () => {
      const storefront = await createStorefront(getContainer(), "Webshop")
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const bob = await createCustomerSession(api, storefront.key, "bob@acme.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } })).organization.id as string
      const bobId = (await ok("post", `/admin/organizations/${acme}/members`, { customer_id: bob.customer.id, role: "buyer" })).membership.id as string
      const entitlement = (
        await ok("post", `/admin/organizations/${acme}/entitlements`, { kind: "subscription", title: "Payroll library", seats: 2 })
      ).entitlement as { id: string }
      // The organization's admin hands out the seat in the store, as the customer zone does.
      const seats = `/store/organizations/${acme}/entitlements/${entitlement.id}/seats`
      const assign = async () => {
        const response = await send(api, "post", seats, { body: { membership_id: bobId }, headers: anna.headers })
        expect(response.status).toBe(200)
        return response.data.seat as { id: string }
      }

      const seat = await assign()
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-seat-assigned" })).toHaveLength(1)
      await deliverAgain("entitlement.seat_assigned", {
        id: seat.id,
        entitlement_id: entitlement.id,
        organization_id: acme,
        membership_id: bobId,
      })
      expect(await settled("bob@acme.test", "b2b-seat-assigned", 1)).toHaveLength(1)

      expect((await send(api, "delete", `${seats}/${seat.id}`, { headers: anna.headers })).status).toBe(200)
      await assign()
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-seat-assigned", atLeast: 2 })).toHaveLength(2)
    })
  },
})
