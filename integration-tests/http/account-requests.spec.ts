import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession } from "../helpers/auth"
import { send } from "../helpers/http"
import { emailsTo } from "../helpers/notifications"
import { createPublishableKey } from "../helpers/store"

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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let storeHeaders: Record<string, string>

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      storeHeaders = { "x-publishable-api-key": await createPublishableKey(getContainer()) }
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
      const [mail] = await emailsTo(getContainer(), "jan@bakkerij.test")
      expect(mail).toEqual(expect.objectContaining({ channel: "email", template: "b2b-account-request-rejected" }))
      expect(mail.data).toEqual(
        expect.objectContaining({ company_name: "Bakkerij Jansen", reason: decided.data.account_request.reason })
      )
      const missingReason = await admin("post", `/admin/account-requests/${id}/reject`, {})
      expect(missingReason.status).toBe(400)
      // A new request may follow a rejected one.
      expect((await request(validBody())).status).toBe(200)
    })
  },
})
