import { httpTestRunner } from "../helpers/runner"
import http from "node:http"
import { createAdminSession } from "../helpers/auth"
import { client, send } from "../helpers/http"
import { resetAttemptLimits } from "../helpers/limits"
import { emailsTo, tokenFrom } from "../helpers/notifications"
import { createCustomerSession, createStorefront, type CustomerSession } from "../helpers/store"

jest.setTimeout(300_000)

type Raw = { status: number; data: any }

/**
 * A request exactly as given (method, headers, body bytes): what a page on another site makes
 * a browser send, which axios would "fix" (it sets a JSON content type of its own).
 */
function raw(baseURL: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Raw> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on("data", (chunk) => chunks.push(chunk))
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8")
        let data: unknown = text
        try {
          data = JSON.parse(text)
        } catch {}
        resolve({ status: response.statusCode!, data })
      })
    })
    request.on("error", reject)
    if (body !== undefined) request.write(body)
    request.end()
  })
}

const ACCOUNT_REQUEST = (email: string, name = "Bakkerij Jansen") => ({
  company: {
    name,
    vat_number: "NL000099998B57",
    registration_number: "3456 7890",
    country_code: "NL",
  },
  contact: { first_name: "Jan", last_name: "Jansen", email },
})

const OFFICE = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }

/** `depth` objects inside each other, as JSON text: {"a":{"a":…1…}}. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`

/**
 * Issue 25, part D: the plugin's routes as a hostile page, a hostile storefront user and a
 * careless client meet them. Cross-site form posts (415), control characters and deep JSON
 * (400 naming the field), ids with NUL (404), `q` wildcards (literal), set-password and
 * activation links used in parallel (once), and a `code` on every 4xx.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    let cookie: string
    let storefront: { salesChannelId: string; key: string }
    let anna: CustomerSession
    let acme: string
    const admin = client(api, () => adminHeaders)
    const base = () => api.defaults.baseURL!
    const store = () => ({ "x-publishable-api-key": storefront.key })

    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
      // The dashboard's login: a session cookie, which the browser sends with any request to the store.
      const session = await send(api, "post", "/auth/session", { headers: adminHeaders })
      cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
      expect(cookie).toMatch(/^connect\.sid=/)
      storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      anna = await createCustomerSession(api, storefront.key, "anna@transport.test")
      acme = (await admin.ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } })).organization.id
    })

    beforeEach(() => resetAttemptLimits(getContainer()))

    const organizationNamed = async (name: string) =>
      (await admin.ok("get", `/admin/organizations?limit=100`)).organizations.filter((o: any) => o.name === name)

    describe("10. the plugin's write routes take JSON only", () => {
      it("the merchant's session cookie works with JSON (the dashboard's own calls)", async () => {
        const created = await raw(base(), "POST", "/admin/organizations", { cookie, "content-type": "application/json; charset=utf-8" }, JSON.stringify({ name: "Cookie Co" }))
        expect(created.status).toBe(200)
      })

      it("refuses a cross-site form post (urlencoded, multipart, text/plain) with 415 unsupported_media_type", async () => {
        const form = await raw(base(), "POST", "/admin/organizations", { cookie, "content-type": "application/x-www-form-urlencoded" }, "name=Evil+Corp")
        expect(form.status).toBe(415)
        expect(form.data).toEqual({ type: "unsupported_media_type", code: "unsupported_media_type", message: expect.stringContaining("application/json") })
        const boundary = "----evil"
        const multipart = await raw(
          base(),
          "POST",
          "/admin/organizations",
          { cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
          `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nEvil Corp\r\n--${boundary}--\r\n`
        )
        expect(multipart.status).toBe(415)
        const text = await raw(base(), "POST", "/admin/organizations", { cookie, "content-type": "text/plain" }, JSON.stringify({ name: "Evil Corp" }))
        expect(text.status).toBe(415)
        expect(await organizationNamed("Evil Corp")).toHaveLength(0)
      })

      it("refuses forms that would suspend an organization, add an admin or make a portal code", async () => {
        const carl = await createCustomerSession(api, storefront.key, "carl@transport.test")
        const form = { cookie, "content-type": "application/x-www-form-urlencoded" }
        const suspend = await raw(base(), "POST", `/admin/organizations/${acme}`, form, "status=suspended")
        expect(suspend.status).toBe(415)
        const addAdmin = await raw(base(), "POST", `/admin/organizations/${acme}/members`, form, `customer_id=${carl.customer.id}&role=admin`)
        expect(addAdmin.status).toBe(415)
        // An empty form: the code route takes no required field, so this made a portal code.
        const code = await raw(base(), "POST", `/admin/organizations/${acme}/access-codes`, form, "")
        expect(code.status).toBe(415)
        const organization = (await admin.ok("get", `/admin/organizations/${acme}`)).organization
        expect(organization.status).toBe("active")
        const members = (await admin.ok("get", `/admin/organizations/${acme}/members`)).memberships
        expect(members.map((m: any) => m.customer_id)).not.toContain(carl.customer.id)
      })

      it("a body-less POST: fine without content type from a non-browser client or as {}; refused from another site", async () => {
        const request = (await send(api, "post", "/store/account-requests", { body: ACCOUNT_REQUEST("bodyless@bakker.test"), headers: store() })).data.account_request
        const reject = `/admin/account-requests/${request.id}/reject`
        // A rejection needs a reason: a form cannot give it, JSON can.
        const formReject = await raw(base(), "POST", reject, { cookie, "content-type": "application/x-www-form-urlencoded" }, "reason=spam")
        expect(formReject.status).toBe(415)
        const organization = (await admin.ok("post", "/admin/organizations", { name: "Bodyless" })).organization.id
        const policy = `/admin/organizations/${organization}`
        // A no-cors fetch from another site: POST, no body, no content type, the browser's Origin and Sec-Fetch-Site.
        const crossSite = await raw(base(), "DELETE", policy, { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" })
        // DELETE is never a simple request (CORS preflight); only POST is checked for the origin.
        expect(crossSite.status).toBe(200)
        const organization2 = (await admin.ok("post", "/admin/organizations", { name: "Bodyless 2" })).organization.id
        const crossPost = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" })
        expect(crossPost.status).toBe(415)
        expect(crossPost.data.code).toBe("unsupported_media_type")
        const oldBrowser = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie, origin: "https://evil.example" })
        expect(oldBrowser.status).toBe(415)
        // curl -X POST (no body, no content type, no Origin) and a same-origin page still work.
        const curl = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie })
        expect(curl.status).toBe(200)
        const sameOrigin = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie, "sec-fetch-site": "same-origin", origin: base() })
        expect(sameOrigin.status).toBe(200)
        const json = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie, "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" }, "{}")
        expect(json.status).toBe(200)
        // A body without a content type is not taken either.
        const untyped = await raw(base(), "POST", `/admin/organizations/${organization2}`, { cookie }, "status=suspended")
        expect(untyped.status).toBe(415)
      })

      it("store routes too: a form to the public account-request route is 415", async () => {
        const form = await raw(
          base(),
          "POST",
          "/store/account-requests",
          { ...store(), "content-type": "application/x-www-form-urlencoded" },
          "company[name]=Evil&contact[email]=x@evil.test"
        )
        expect(form.status).toBe(415)
        expect(form.data.code).toBe("unsupported_media_type")
        const member = await raw(base(), "POST", `/store/organizations/${acme}/locations`, { ...store(), authorization: anna.headers.authorization, "content-type": "text/plain" }, "x")
        expect(member.status).toBe(415)
      })
    })

    describe("11. text, depth, ids and search", () => {
      it("control characters in any text field are a 400 naming the field", async () => {
        const nul = await admin.send("post", "/admin/organizations", { name: "Evil\u0000Corp" })
        expect(nul.status).toBe(400)
        expect(nul.data).toEqual(expect.objectContaining({ code: "invalid_data", errors: [expect.objectContaining({ field: "name" })] }))
        const crlf = await admin.send("post", "/admin/organizations", { name: "Acme\r\nBcc: victim@example.com" })
        expect(crlf.status).toBe(400)
        expect(crlf.data.errors).toEqual([expect.objectContaining({ field: "name" })])
        const request = await send(api, "post", "/store/account-requests", {
          body: ACCOUNT_REQUEST("crlf@bakker.test", "Bakkerij\nJansen"),
          headers: store(),
        })
        expect(request.status).toBe(400)
        expect(request.data.errors).toEqual([expect.objectContaining({ field: "company.name" })])
        const location = await send(api, "post", `/store/organizations/${acme}/locations`, {
          body: { label: "Office\u0007", ...OFFICE },
          headers: { ...store(), ...anna.headers },
        })
        expect(location.status).toBe(400)
        expect(location.data.errors).toEqual([expect.objectContaining({ field: "label" })])
        const ids = await admin.send("post", `/admin/organizations/${acme}/members`, { customer_id: "cus_\u0000", role: "buyer" })
        expect(ids.status).toBe(400)
        expect(ids.data.errors).toEqual([expect.objectContaining({ field: "customer_id" })])
        const meta = await admin.send("post", `/admin/organizations/${acme}`, { metadata: { note: "a\u0000b" } })
        expect(meta.status).toBe(400)
        expect(meta.data.errors).toEqual([expect.objectContaining({ field: "metadata.note" })])
      })

      it("a rejection reason may have lines; not NUL", async () => {
        const request = (await send(api, "post", "/store/account-requests", { body: ACCOUNT_REQUEST("lines@bakker.test"), headers: store() })).data.account_request
        const nul = await admin.send("post", `/admin/account-requests/${request.id}/reject`, { reason: "No\u0000" })
        expect(nul.status).toBe(400)
        expect(nul.data.errors).toEqual([expect.objectContaining({ field: "reason" })])
        const lines = await admin.send("post", `/admin/account-requests/${request.id}/reject`, { reason: "Not a business.\r\n\tPlease call us." })
        expect(lines.status).toBe(200)
        expect(lines.data.account_request.reason).toBe("Not a business.\r\n\tPlease call us.")
      })

      it("JSON nested thousands deep is a 400, not a 500 (public account-request route and admin)", async () => {
        const body = `{"company":${nested(5000)},"contact":{}}`
        const deep = await raw(base(), "POST", "/store/account-requests", { ...store(), "content-type": "application/json" }, body)
        expect(deep.status).toBe(400)
        expect(deep.data).toEqual(expect.objectContaining({ code: "invalid_data", errors: [expect.objectContaining({ field: expect.stringMatching(/^company/) })] }))
        // Other shapes of the same attack: a deep array as a text field, under an unknown key, as the whole body.
        const json = { ...store(), "content-type": "application/json" }
        const valid = JSON.stringify(ACCOUNT_REQUEST("deep@bakker.test"))
        for (const variant of [
          valid.replace('"Bakkerij Jansen"', `${"[".repeat(40_000)}${"]".repeat(40_000)}`),
          valid.replace(/}$/, `,"extra":${nested(15_000)}}`),
          `${"[".repeat(45_000)}${"]".repeat(45_000)}`,
        ]) {
          const answer = await raw(base(), "POST", "/store/account-requests", json, variant)
          expect({ status: answer.status, code: answer.data?.code }).toEqual({ status: 400, code: "invalid_data" })
        }
        const meta = await raw(base(), "POST", `/admin/organizations/${acme}`, { ...adminHeaders, "content-type": "application/json" }, `{"metadata":${nested(3000)}}`)
        expect(meta.status).toBe(400)
        expect(meta.data.code).toBe("invalid_data")
      })

      it("an id ending in %00 (or other encoded controls) is a 404", async () => {
        for (const path of [`/admin/organizations/${acme}%00`, `/admin/organizations/${acme}%0d%0a/members`, `/admin/account-requests/x%00`]) {
          const read = await raw(base(), "GET", path, adminHeaders)
          expect({ path, status: read.status, code: read.data?.code }).toEqual({ path, status: 404, code: "not_found" })
        }
        const write = await raw(base(), "POST", `/admin/organizations/${acme}%00`, { ...adminHeaders, "content-type": "application/json" }, "{}")
        expect(write.status).toBe(404)
        const member = await raw(base(), "GET", `/store/organizations/${acme}%00`, { ...store(), ...anna.headers })
        expect(member.status).toBe(404)
        const query = await admin.send("get", `/admin/organizations?q=%00`)
        expect(query.status).toBe(400)
        expect(query.data.errors).toEqual([expect.objectContaining({ field: "q" })])
      })

      it("%, _ and \\ in every q search match literally", async () => {
        for (const name of ["100% Pure", "Under_score", "Back\\slash", "Plain Co"]) {
          await admin.ok("post", "/admin/organizations", { name })
          await admin.ok("post", "/admin/access-groups", { name: `Group ${name}` })
          await admin.ok("post", `/admin/organizations/${acme}/locations`, { label: `Loc ${name}`, ...OFFICE })
        }
        for (const [i, name] of ["100% Bakery", "Under_Bakery", "Back\\Bakery"].entries()) {
          const created = await send(api, "post", "/store/account-requests", { body: ACCOUNT_REQUEST(`search${i}@bakker.test`, name), headers: store() })
          expect(created.status).toBe(200)
        }
        const search = async (path: string, key: string, q: string) =>
          (await admin.ok("get", `${path}${path.includes("?") ? "&" : "?"}limit=100&q=${encodeURIComponent(q)}`))[key].map(
            (row: any) => row.name ?? row.label ?? row.company_name
          )
        const expectations: [string, string, Record<string, string[]>][] = [
          ["/admin/organizations", "organizations", { "%": ["100% Pure"], _: ["Under_score"], "\\": ["Back\\slash"] }],
          ["/admin/access-groups", "access_groups", { "%": ["Group 100% Pure"], _: ["Group Under_score"], "\\": ["Group Back\\slash"] }],
          [`/admin/organizations/${acme}/locations`, "locations", { "%": ["Loc 100% Pure"], _: ["Loc Under_score"], "\\": ["Loc Back\\slash"] }],
          ["/admin/account-requests", "account_requests", { "%": ["100% Bakery"], _: ["Under_Bakery"], "\\": ["Back\\Bakery"] }],
        ]
        for (const [path, key, byQuery] of expectations) {
          for (const [q, names] of Object.entries(byQuery)) {
            expect({ path, q, found: await search(path, key, q) }).toEqual({ path, q, found: names })
          }
        }
        const storeLocations = await send(api, "get", `/store/organizations/${acme}/locations?q=%25`, { headers: { ...store(), ...anna.headers } })
        expect(storeLocations.data.locations.map((l: any) => l.label)).toEqual(["Loc 100% Pure"])
      })
    })

    describe("12. set-password and activation links work once, also in parallel", () => {
      /** Uses the link an e-mail carries, `times` at once; answers the statuses. */
      async function useInParallel(mail: { data?: Record<string, unknown> | null }, times: number) {
        if (mail.data?.set_password_url) {
          const token = tokenFrom(mail, "set_password_url")
          const email = new URL(String(mail.data.set_password_url)).searchParams.get("email")
          return Promise.all(
            Array.from({ length: times }, (_, i) =>
              send(api, "post", "/auth/customer/emailpass/update", {
                body: { email, password: `parallel-password-${i}` },
                headers: { authorization: `Bearer ${token}` },
              })
            )
          )
        }
        const link = String(mail.data?.activation_url ?? mail.data?.confirm_url)
        const token = new URL(link).searchParams.get("token")
        return Promise.all(
          Array.from({ length: times }, (_, i) =>
            send(api, "post", "/store/activations", { body: { token, password: `parallel-password-${i}` }, headers: store() })
          )
        )
      }

      /** The newest e-mail to `to` that carries a link (not, say, "request received"). */
      const newestMail = async (to: string) => {
        const withLink = (mail: { data?: Record<string, unknown> | null }) =>
          !!(mail.data?.set_password_url || mail.data?.activation_url || mail.data?.confirm_url)
        const mails = (await emailsTo(getContainer(), to)) as { data?: Record<string, unknown> | null }[]
        const mail = mails.find(withLink)
        if (!mail) throw new Error(`no e-mail with a link to ${to}`)
        return mail
      }

      it("a batch add's link (invite: true): one of ten parallel uses sets the password", async () => {
        const organization = (await admin.ok("post", "/admin/organizations", { name: "Batch Race" })).organization.id
        await admin.ok("post", `/admin/organizations/${organization}/members/batch`, { invite: true, members: [{ email: "racer@batch.test", role: "buyer" }] })
        const answers = await useInParallel(await newestMail("racer@batch.test"), 10)
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
        for (const refused of answers.filter((a) => a.status !== 200)) expect(refused.data.code).toBe("token_used")
        // The one password that was set logs in; the others do not.
        const logins = await Promise.all(
          Array.from({ length: 10 }, (_, i) => send(api, "post", "/auth/customer/emailpass", { body: { email: "racer@batch.test", password: `parallel-password-${i}` } }))
        )
        expect(logins.filter((l) => l.status === 200)).toHaveLength(1)
      })

      it("the merchant's set-password link (POST …/activation for an active member without a login): one of five parallel uses works", async () => {
        const organization = (await admin.ok("post", "/admin/organizations", { name: "Activation Race" })).organization.id
        // Named by id (the merchant's own choice): active at once, so …/activation sends Medusa's set-password link.
        const { customer } = await admin.ok("post", "/admin/customers", { email: "solo@batch.test" })
        const { membership } = await admin.ok("post", `/admin/organizations/${organization}/members`, { customer_id: customer.id, role: "buyer" })
        await admin.ok("post", `/admin/organizations/${organization}/members/${membership.id}/activation`, {})
        const mail = await newestMail("solo@batch.test")
        expect(mail.data?.set_password_url).toEqual(expect.any(String))
        const answers = await useInParallel(mail, 5)
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
        for (const refused of answers.filter((a) => a.status !== 200)) expect(refused.data.code).toBe("token_used")
      })

      it("an account request's activation link: one of five parallel uses works, a reuse is token_used", async () => {
        const request = (await send(api, "post", "/store/account-requests", { body: ACCOUNT_REQUEST("activate@bakker.test", "Race Bakery"), headers: store() })).data.account_request
        await admin.ok("post", `/admin/account-requests/${request.id}/approve`, { allow_duplicate: true })
        const mail = await newestMail("activate@bakker.test")
        const answers = await useInParallel(mail, 5)
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
        for (const refused of answers.filter((a) => a.status !== 200)) {
          expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 400, code: "token_used" })
        }
      })
    })

    describe("every 4xx carries a code", () => {
      it("validation, not found, unknown token, rate limit", async () => {
        const invalid = await admin.send("post", "/admin/organizations", { name: "" })
        expect({ status: invalid.status, code: invalid.data.code }).toEqual({ status: 400, code: "invalid_data" })
        const missing = await admin.send("get", "/admin/organizations/org_missing")
        expect({ status: missing.status, code: missing.data.code }).toEqual({ status: 404, code: "not_found" })
        const unknown = await send(api, "post", "/store/activations", { body: { token: "no-such-token", password: "long-enough-password" }, headers: store() })
        expect({ status: unknown.status, code: unknown.data.code }).toEqual({ status: 400, code: "token_invalid" })
        const invitation = await send(api, "post", "/store/invitations/accept", { body: { token: "no-such-token" }, headers: { ...store(), ...anna.headers } })
        expect({ status: invitation.status, code: invitation.data.code }).toEqual({ status: 400, code: "token_invalid" })
        const anonymous = await send(api, "get", `/store/organizations/${acme}`, { headers: store() })
        expect({ status: anonymous.status, code: anonymous.data.code }).toEqual({ status: 401, code: "unauthorized" })
        // Above Express's 100 kB JSON limit.
        const big = await admin.send("post", "/admin/organizations", { name: "Big", metadata: { blob: "a".repeat(200_000) } })
        expect({ status: big.status, code: big.data.code }).toEqual({ status: 413, code: "payload_too_large" })
        let limited: Raw | undefined
        for (let i = 0; i < 40 && !limited; i++) {
          const answer = await send(api, "post", "/store/activations", { body: { token: `guess-${i}`, password: "long-enough-password" }, headers: store() })
          if (answer.status === 429) limited = answer
        }
        expect({ status: limited?.status, code: limited?.data.code }).toEqual({ status: 429, code: "rate_limited" })
      })

      it("accepting an invitation sent to another address is invitation_other_email", async () => {
        const { invitation } = await admin.ok("post", `/admin/organizations/${acme}/invitations`, { email: "invitee@transport.test", role: "buyer" })
        expect(invitation.id).toBeTruthy()
        const [mail] = await emailsTo(getContainer(), "invitee@transport.test", { template: "b2b-organization-invitation" })
        const mallory = await createCustomerSession(api, storefront.key, "mallory@transport.test")
        const accept = await send(api, "post", "/store/invitations/accept", { body: { token: tokenFrom(mail) }, headers: { ...store(), ...mallory.headers } })
        expect({ status: accept.status, code: accept.data.code }).toEqual({ status: 403, code: "invitation_other_email" })
      })
    })
  },
})
