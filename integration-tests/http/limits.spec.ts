import { httpTestRunner } from "../helpers/runner"
import { clientAt, statusCounts } from "../helpers/limits"
import { createPublishableKey } from "../helpers/store"

jest.setTimeout(120_000)
// 127.0.0.8 plays a server-rendered storefront that forwards its visitors' addresses (medusa-config.ts).
process.env.B2B_TRUST_PROXY = "127.0.0.8"

// Default limits (README "Options"): 5 failed portal codes per 15 min, 10 token tries per
// 10 min, 5 account requests per hour, per client.
const PORTAL_FAILURES = 5
const TOKEN_TRIES = 10
const ACCOUNT_REQUESTS = 5

const wrongCode = (i: number) => `WRNG-${String(i).padStart(4, "7")}-CCCC-DDDD`

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    beforeAll(async () => {
      headers = { "x-publishable-api-key": await createPublishableKey(getContainer()) }
    })

    const accountRequest = (email: string) => ({
      company: { name: "Bakkerij Jansen", vat_number: "NL000099998B57", registration_number: "34567890", country_code: "NL" },
      contact: { first_name: "Jan", last_name: "Jansen", email },
    })

    describe("the client is the socket's address, whatever X-Forwarded-For says", () => {
      it("rotating X-Forwarded-For does not reset the portal's failure budget", async () => {
        const attacker = clientAt(api, "127.0.0.2")
        const statuses: number[] = []
        for (let i = 0; i < PORTAL_FAILURES + 2; i++) {
          const spoofed = { ...headers, "x-forwarded-for": `203.0.113.${i + 1}` }
          statuses.push((await attacker("post", "/store/portal/sessions", { body: { code: wrongCode(i) }, headers: spoofed })).status)
        }
        expect(statuses).toEqual([...Array(PORTAL_FAILURES).fill(401), 429, 429])
        // Another client (another address) has its own budget.
        const neighbour = await clientAt(api, "127.0.0.3")("post", "/store/portal/sessions", { body: { code: wrongCode(9) }, headers })
        expect(neighbour.status).toBe(401)
      })

      it("rotating X-Forwarded-For does not reset the account request limit", async () => {
        const attacker = clientAt(api, "127.0.0.4")
        const statuses: number[] = []
        for (let i = 0; i < ACCOUNT_REQUESTS + 1; i++) {
          const spoofed = { ...headers, "x-forwarded-for": `198.51.100.${i + 1}, 10.0.0.${i + 1}` }
          const response = await attacker("post", "/store/account-requests", { body: accountRequest(`jan${i}@bakkerij.test`), headers: spoofed })
          statuses.push(response.status)
        }
        expect(statuses.slice(0, ACCOUNT_REQUESTS).every((status) => status !== 429)).toBe(true)
        expect(statuses[ACCOUNT_REQUESTS]).toBe(429)
      })
    })

    describe("account requests count accepted requests only; a listed storefront server names its visitor", () => {
      it("refused forms cost nothing: after 8 invalid requests (in parallel) the client still has its 5", async () => {
        const client = clientAt(api, "127.0.0.7")
        const invalid = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            client("post", "/store/account-requests", { body: { ...accountRequest(`bad${i}@bakkerij.test`), contact: { email: "not-an-e-mail" } }, headers })
          )
        )
        expect(statusCounts(invalid)).toEqual({ 400: 8 })
        const statuses: number[] = []
        for (let i = 0; i < ACCOUNT_REQUESTS + 1; i++) {
          statuses.push((await client("post", "/store/account-requests", { body: accountRequest(`ok${i}@bakkerij.test`), headers })).status)
        }
        expect(statuses).toEqual([...Array(ACCOUNT_REQUESTS).fill(200), 429])
      })

      it("each visitor of a trusted storefront server has its own budget; the same header from elsewhere is ignored", async () => {
        const storefront = clientAt(api, "127.0.0.8")
        const visitor = (address: string, i: number) =>
          storefront("post", "/store/account-requests", {
            body: accountRequest(`visitor${address}-${i}@bakkerij.test`),
            headers: { ...headers, "x-forwarded-for": address },
          })
        const first: number[] = []
        for (let i = 0; i < ACCOUNT_REQUESTS + 1; i++) first.push((await visitor("198.51.100.77", i)).status)
        expect(first).toEqual([...Array(ACCOUNT_REQUESTS).fill(200), 429])
        // Another visitor of the same storefront server is not blocked by the first.
        expect((await visitor("198.51.100.78", 0)).status).toBe(200)
        // The first visitor's address written by a client that is not the storefront server names nobody.
        const direct = await clientAt(api, "127.0.0.9")("post", "/store/account-requests", {
          body: accountRequest("direct@bakkerij.test"),
          headers: { ...headers, "x-forwarded-for": "198.51.100.78" },
        })
        expect(direct.status).toBe(200)
      })
    })

    describe("counts are exact under a parallel burst", () => {
      it("30 parallel wrong portal codes: exactly the budget is answered 401, the rest 429", async () => {
        const attacker = clientAt(api, "127.0.0.5")
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, i) => attacker("post", "/store/portal/sessions", { body: { code: wrongCode(i) }, headers }))
        )
        expect(statusCounts(responses)).toEqual({ 401: PORTAL_FAILURES, 429: 30 - PORTAL_FAILURES })
        const blocked = responses.find((response) => response.status === 429)!
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("30 parallel activation tries (every try counts): exactly the limit gets through", async () => {
        const attacker = clientAt(api, "127.0.0.6")
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            attacker("post", "/store/activations", { body: { token: `guess-${i}`, password: "correct-horse-battery-staple" }, headers })
          )
        )
        const counts = statusCounts(responses)
        expect(counts[429]).toBe(30 - TOKEN_TRIES)
        expect(responses.filter((response) => response.status !== 429)).toHaveLength(TOKEN_TRIES)
      })
    })
  },
})
