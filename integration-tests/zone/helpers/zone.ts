// The customer zone (storefront/) against a real store, in Chromium: a store booted with the
// demo data (demo/seed.ts, the data `npm run demo` shows), the zone built with `next build`
// (once, reused while its sources are unchanged) and served by `next start`, and helpers to
// sign in, read the e-mails the store sent, and check a page (screenshot + axe-core).
// Every test fails on console errors, React warnings and 5xx answers of its pages
// (../../browser/helpers/browser.ts) and on errors the zone's server logged.
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import type { Browser, Page } from "playwright-core"
import { adminApi, type AdminApi } from "../../browser/helpers/api"
import { launch } from "../../browser/helpers/browser"
import { freePort, startStore, type Store } from "../../browser/helpers/store"

export const ROOT = path.resolve(__dirname, "..", "..", "..")
export const ARTIFACTS = path.resolve(__dirname, "..", "artifacts")
export const DEMO_PASSWORD = "demo-customer-password"

/** What demo/seed.ts wrote (its summary). */
export type DemoSummary = {
  publishable_keys: { b2b: string; b2c: string }
  sales_channels: { b2b: string; b2c: string }
  region: { id: string; name: string }
  organizations: { id: string; name: string }[]
  portal_codes: { organization: string; location: string; installation: string; installation_token: string } | null
  customers: { email: string; password: string; memberships: string[] }[]
}

export type Zone = {
  url: string
  store: Store
  demo: DemoSummary
  admin: AdminApi
  browser: Browser
  /** A page whose console and answers are watched (see the file's comment). */
  newPage: () => Promise<Page>
  organizationId: (name: string) => string
  /** The e-mails the store sent to `to`, newest first (waits for at least one). */
  emails: (to: string, options?: { template?: string; atLeast?: number }) => Promise<{ template: string; data: Record<string, any> }[]>
  /** Lines the zone's server logged since the last call. */
  takeServerLog: () => string
  stop: () => Promise<void>
}

type CustomerZoneScript = {
  ensureZoneBuilt: (options?: { log?: (line: string) => void }) => void
  spawnZone: (options: { port: number; backendUrl: string; publishableKey: string; regionId?: string }) => ChildProcess
}
const zoneScript = () => import(path.join(ROOT, "scripts", "customer-zone.mjs")) as Promise<CustomerZoneScript>

export async function startZone(): Promise<Zone> {
  const { ensureZoneBuilt, spawnZone } = await zoneScript()
  // `.ci/run` installs and builds the zone before the tests (timed there); locally this does.
  ensureZoneBuilt({ log: (line) => process.stdout.write(`[zone] ${line}\n`) })
  const browser = await launch()
  const zonePort = await freePort()
  const url = `http://localhost:${zonePort}`
  const store = await startStore({
    seed: "./demo/seed.ts",
    // E-mail links point at this zone; the zone's server forwards its visitors' addresses.
    // No dashboard: the merchant's steps go through the admin API, and the store boots faster.
    env: { STOREFRONT_URL: url, B2B_TRUST_PROXY: "127.0.0.1,::1,::ffff:127.0.0.1", DISABLE_MEDUSA_ADMIN: "true", B2B_PASSWORD_RESET_EMAILS: "true" },
    admin: false,
  })
  const demo = store.seed as DemoSummary
  let log = ""
  let unread = ""
  const server = spawnZone({ port: zonePort, backendUrl: store.url, publishableKey: demo.publishable_keys.b2b, regionId: demo.region.id })
  const capture = (chunk: Buffer) => {
    log = (log + chunk).slice(-50_000)
    unread += chunk
  }
  server.stdout!.on("data", capture)
  server.stderr!.on("data", capture)
  const killOnExit = () => {
    try {
      process.kill(-server.pid!, "SIGKILL")
    } catch {
      // gone already
    }
  }
  process.once("exit", killOnExit)
  for (let attempt = 0; ; attempt++) {
    const answer = await fetch(url).catch(() => null)
    if (answer) break
    if (attempt > 120 || server.exitCode !== null) throw new Error(`The zone did not start on ${url}:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const admin = await adminApi(store.url)
  const database = new Client({ connectionString: store.databaseUrl })
  await database.connect()

  return {
    url,
    store,
    demo,
    admin,
    browser,
    newPage: async () => {
      const page = await browser.newPage()
      openPages.add(page)
      page.on("close", () => openPages.delete(page))
      page.on("response", (response) => {
        if (response.status() >= 500) unread += `\n5xx answer: ${response.status()} ${response.url()}\n`
      })
      return page
    },
    organizationId: (name) => {
      const found = demo.organizations.find((organization) => organization.name === name)
      if (!found) throw new Error(`No demo organization ${name}`)
      return found.id
    },
    emails: async (to, { template, atLeast = 1 } = {}) => {
      for (let attempt = 0; ; attempt++) {
        const { rows } = await database.query(
          `SELECT template, data FROM notification WHERE "to" = $1 AND channel = 'email' ${template ? "AND template = $2" : ""} ORDER BY created_at DESC`,
          template ? [to, template] : [to]
        )
        if (rows.length >= atLeast || attempt > 50) return rows
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
    takeServerLog: () => {
      const text = unread
      unread = ""
      return text
    },
    stop: async () => {
      process.off("exit", killOnExit)
      await browser.close().catch(() => undefined)
      await database.end().catch(() => undefined)
      killOnExit()
      await store.stop()
    },
  }
}

/**
 * What counts as a server problem in the zone's log: Next's error lines (a server component or
 * action that threw), the zone's own "the store failed" line, and 5xx answers seen by the page.
 */
export const serverProblems = (log: string) =>
  log
    .split("\n")
    .filter((line) => /⨯|\bError\b|the store failed|5xx answer/.test(line))
    .filter((line) => line.trim())

/** The pages of the running test, shot after it as `after-<test>-<n>.png` (what a failure looked like). */
const openPages = new Set<Page>()

let axeSource: string | null = null

/**
 * A page as the test left it: a full-page screenshot in integration-tests/zone/artifacts/
 * (gitignored) and axe-core's accessibility check, which fails on any serious or critical
 * violation (WCAG 2.1 A/AA rules).
 */
export async function checkPage(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  // Next streams a dynamic page's metadata after its body: the title comes a moment later.
  await page.waitForFunction(() => document.title.length > 0)
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
    return result.violations
      .filter((violation: any) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation: any) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node: any) => node.target.join(" ")).slice(0, 5).join(", ")}`)
  })
  if (violations.length) throw new Error(`Accessibility problems on ${name} (${page.url()}):\n${violations.join("\n")}`)
}

/** Signs in through the zone's own form and waits for the customer zone. */
export async function signIn(page: Page, zone: Zone, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${zone.url}/sign-in`)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.waitForURL((url) => url.pathname.startsWith("/account"))
}

/**
 * A suite's zone (from customer-zone.spec.ts's getZone) and a new page per test, handed to the
 * suite's own variables. The last page is closed when the next test starts, after the file's
 * afterEach hooks have read its console, and after the suite.
 */
export function pagePerTest(getZone: () => Zone, use: { zone: (zone: Zone) => void; page: (page: Page) => void }) {
  let zone: Zone
  let page: Page | undefined
  beforeAll(() => {
    zone = getZone()
    use.zone(zone)
  })
  beforeEach(async () => {
    await page?.close()
    page = await zone.newPage()
    use.page(page)
  })
  afterAll(async () => {
    await page?.close()
  })
}

/** Registers every spec's afterEach: a server error the zone logged fails the test. */
export function failOnServerErrors(zone: () => Zone | undefined) {
  afterEach(async () => {
    const test = (expect.getState().currentTestName ?? "test").replace(/[^a-z0-9]+/gi, "-").slice(0, 80)
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    let n = 0
    for (const page of openPages) {
      await page.screenshot({ path: path.join(ARTIFACTS, `after-${test}-${++n}.png`), fullPage: true }).catch(() => undefined)
    }
    const current = zone()
    if (!current) return
    const problems = serverProblems(current.takeServerLog())
    if (problems.length) {
      throw new Error(`The zone's server reported:\n${problems.join("\n")}\n--- the store's log, last lines:\n${current.store.log().slice(-2500)}`)
    }
  })
}
