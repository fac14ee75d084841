// Every page of the customer zone, as an organization admin (and anonymously for the public
// ones): axe-core's check and a screenshot each, and what each page costs, written to
// integration-tests/zone/artifacts/pages.json: the server's time for the document (request
// start to last byte) and the JavaScript a first visit loads (compressed bytes, browser cache
// off). Measured, not asserted: the numbers go into the README and the closing note.
import fs from "node:fs"
import path from "node:path"
import type { Page } from "playwright-core"
import { ARTIFACTS, checkPage, signIn, type Zone } from "./helpers/zone"

/** Registered by customer-zone.spec.ts, which boots one store and zone for every suite. */
export function everyPageSuite(getZone: () => Zone) {
  describe("every page", () => {
    let zone!: Zone

    jest.setTimeout(300_000)

    beforeAll(() => {
      zone = getZone()
    })

    type Cost = { page: string; status: number; serverMs: number; jsKb: number; jsFiles: number }

    async function visit(page: Page, name: string, url: string, costs: Cost[]) {
      const response = await page.goto(`${zone.url}${url}`)
      await page.waitForLoadState("networkidle")
      const cost = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[]
        const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((entry) => entry.initiatorType === "script")
        return {
          serverMs: Math.round(navigation.responseEnd - navigation.requestStart),
          jsKb: Math.round((scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0) / 1024) * 10) / 10,
          jsFiles: scripts.length,
        }
      })
      costs.push({ page: name, status: response?.status() ?? 0, ...cost })
      await checkPage(page, `page-${name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}`)
    }

    it("checks and measures every page", async () => {
      const acme = zone.organizationId("Acme Accountants")
      const costs: Cost[] = []
      const page = await zone.newPage()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true })

      for (const [name, url] of [
        ["/", "/"],
        ["/sign-in", "/sign-in"],
        ["/register", "/register"],
        ["/account-request", "/account-request"],
        ["/account/activate (unknown link)", "/account/activate?token=unknown"],
        ["/account/set-password (no token)", "/account/set-password"],
        ["/invitations/accept (unknown link)", "/invitations/accept?token=unknown"],
        ["/portal", "/portal"],
        ["/shop (anonymous)", "/shop"],
      ]) {
        await visit(page, name, url, costs)
      }

      await signIn(page, zone, "anna@acme.demo")
      const token = await fetch(`${zone.store.url}/auth/customer/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "anna@acme.demo", password: "demo-customer-password" }),
      }).then((answer) => answer.json() as Promise<{ token: string }>)
      const store = async (route: string) =>
        (await fetch(`${zone.store.url}${route}`, {
          headers: { authorization: `Bearer ${token.token}`, "x-publishable-api-key": zone.demo.publishable_keys.b2b },
        }).then((answer) => answer.json())) as any
      const { orders } = await store(`/store/organizations/${acme}/orders?limit=1`)
      const { approvals } = await store(`/store/organizations/${acme}/approvals?limit=1`)
      const { locations } = await store(`/store/organizations/${acme}/locations?limit=1`)
      const { memberships } = await store(`/store/organizations/${acme}/members?limit=50`)
      const ben = memberships.find((membership: any) => membership.customer?.email === "ben@acme.demo")

      const base = `/account/${acme}`
      for (const [name, url] of [
        ["/shop", "/shop"],
        ["/cart", "/cart"],
        ["/account/[org]", base],
        ["/account/[org]/orders", `${base}/orders`],
        ["/account/[org]/orders/[id]", `${base}/orders/${orders[0].id}`],
        ["/account/[org]/approvals", `${base}/approvals?show=all`],
        ["/account/[org]/approvals/[id]", `${base}/approvals/${approvals[0].id}`],
        ["/account/[org]/addresses", `${base}/addresses`],
        ["/account/[org]/addresses/[id]", `${base}/addresses/${locations[0].id}`],
        ["/account/[org]/users", `${base}/users`],
        ["/account/[org]/users/invite", `${base}/users/invite`],
        ["/account/[org]/users/invitations", `${base}/users/invitations`],
        ["/account/[org]/users/[membership]", `${base}/users/${ben.id}`],
        ["/account/[org]/subscriptions", `${base}/subscriptions`],
        ["/account/[org]/trainings", `${base}/trainings`],
        ["/account/[org]/library", `${base}/library`],
        ["/account/[org]/profile", `${base}/profile`],
      ]) {
        await visit(page, name, url, costs)
      }
      await page.close()

      expect(costs.filter((cost) => cost.status !== 200)).toEqual([])
      fs.mkdirSync(ARTIFACTS, { recursive: true })
      fs.writeFileSync(path.join(ARTIFACTS, "pages.json"), JSON.stringify(costs, null, 2))
      process.stdout.write(
        `\n${"page".padEnd(40)} ${"server ms".padStart(9)} ${"JS kB gz".padStart(9)} files\n` +
          costs.map((c) => `${c.page.padEnd(40)} ${String(c.serverMs).padStart(9)} ${String(c.jsKb).padStart(9)} ${c.jsFiles}`).join("\n") +
          "\n"
      )
    })
  })
}
