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
// event bus (as it was emitted, caught by a listener of the test), and counts what the
// Notification module recorded.

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
    /** Every `name` event from now on, as Medusa's event bus hands it to subscribers. */
    function listen(name: string) {
      const seen: { name: string; data: Record<string, unknown> }[] = []
      const listener = async (event: { name: string; data: Record<string, unknown> }) => {
        seen.push(event)
      }
      getContainer().resolve(Modules.EVENT_BUS).subscribe(name, listener, { subscriberId: `events-once-${name}-${Date.now()}` })
      return seen
    }
    /** The same event once more: its name and data exactly as emitted. */
    const deliverAgain = (event: { name: string; data: Record<string, unknown> } | undefined) => {
      expect(event).toBeDefined()
      return getContainer().resolve(Modules.EVENT_BUS).emit({ name: event!.name, data: event!.data })
    }
    /** Every e-mail to `to` with `template`, after waiting for more than `expected` of them. */
    const settled = (to: string, template: string, expected: number) =>
      emailsTo(getContainer(), to, { template, atLeast: expected + 1, timeoutMs: SETTLE_MS })

    it("an account request's acknowledgement and the merchant's bell entry: once for account_request.created delivered twice", async () => {
      const storefront = await createStorefront(getContainer(), "Webshop")
      const created = listen("account_request.created")
      const { data, status } = await send(api, "post", "/store/account-requests", {
        headers: { "x-publishable-api-key": storefront.key },
        body: {
          company: {
            name: "Bakkerij Jansen",
            vat_number: "NL000099998B57",
            registration_number: "3456 7890",
            country_code: "NL",
            address: { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" },
          },
          contact: { first_name: "Jan", last_name: "Jansen", email: "jan@bakkerij.test", phone: "+31 30 123 4567" },
        },
      })
      expect(status).toBe(200)
      const id = data.account_request.id as string
      expect(await emailsTo(getContainer(), "jan@bakkerij.test", { template: "b2b-account-request-received" })).toHaveLength(1)

      expect(created.map((event) => event.data)).toEqual([{ id }])
      await deliverAgain(created[0])
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

      const updated = listen("organization.member_updated")
      await setStatus("deactivated")
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-member-deactivated" })).toHaveLength(1)
      const deactivation = updated.find((event) => event.data.id === bobId && (event.data.changed as string[]).includes("status"))
      await deliverAgain(deactivation)
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

      const removed = listen("organization.member_removed")
      await ok("delete", `/admin/organizations/${acme}/members/${bobId}`)
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-member-removed" })).toHaveLength(1)
      await deliverAgain(removed.find((event) => event.data.id === bobId))
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

      const assigned = listen("entitlement.seat_assigned")
      const seat = await assign()
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-seat-assigned" })).toHaveLength(1)
      await deliverAgain(assigned.find((event) => event.data.id === seat.id))
      expect(await settled("bob@acme.test", "b2b-seat-assigned", 1)).toHaveLength(1)

      expect((await send(api, "delete", `${seats}/${seat.id}`, { headers: anna.headers })).status).toBe(200)
      await assign()
      expect(await emailsTo(getContainer(), "bob@acme.test", { template: "b2b-seat-assigned", atLeast: 2 })).toHaveLength(2)
    })
  },
})
