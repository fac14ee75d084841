// Debian's Chromium driven by playwright-core (no downloaded browsers on this machine or in CI).
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core"
import { ADMIN } from "./store"

export const ARTIFACTS = path.resolve(__dirname, "..", "artifacts")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/**
 * Chromium; every page it opens (`browser.newPage`) is watched by `watchConsole`, so each test
 * of a spec that uses it fails on the console errors and React warnings its pages logged.
 */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  })
  const newPage = browser.newPage.bind(browser)
  browser.newPage = async (options) => {
    const page = await newPage(options)
    watchConsole(page)
    return page
  }
  return browser
}

// ---- Console watch: a console error or a React warning fails the test that caused it. ----

type Watch = { problems: string[]; allowed: RegExp[]; pending: Promise<void>[] }
const watches = new Map<Page, Watch>()

// Not ours to fix: Medusa's dashboard itself logs these. The createRoot one comes from the
// admin bundler's entry (it accepts its own hot updates and calls createRoot again) when Vite
// hot-reloads a file of src/admin that changed while the store runs; the <div> in <p> is the
// cost breakdown of Medusa's own order page (dashboard 2.21.2, OrderSummarySection > Cost).
const MEDUSA_NOISE = [
  /React Router Future Flag Warning/,
  /calling ReactDOMClient\.createRoot\(\) on a container that has already been passed/,
  /validateDOMNesting[^]*<div> cannot appear as a descendant of <p>[^]*at Cost \([^)]*\/order-detail-[^]*at CostBreakdown /,
]

/** The message as the console shows it: React logs a format string ("%s cannot appear…") and its arguments. */
async function describeMessage(message: ConsoleMessage, pageUrl: string) {
  const { url, lineNumber } = message.location()
  let text = message.text()
  if (text.includes("%s")) {
    const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => "?")))
    const [format, ...rest] = args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg)))
    text = String(format ?? text).replace(/%s/g, () => rest.shift() ?? "")
    if (rest.length) text += ` ${rest.join(" ")}`
  }
  return `console.${message.type()}: ${text}${url ? `  (${url}${lineNumber ? `:${lineNumber}` : ""})` : ""} on ${pageUrl}`
}

/**
 * What counts: every console error (React logs its warnings there: "Warning: Each child…"),
 * warnings that are React's or Radix' (e.g. a dialog without a description), and uncaught
 * errors. A failed request logs "Failed to load resource … status of N": a 4xx is an answer the
 * page shows (an unknown e-mail, a wrong code), a 5xx fails unless the test provoked it
 * (`allowConsole`).
 */
export function watchConsole(page: Page) {
  const watch: Watch = { problems: [], allowed: [], pending: [] }
  watches.set(page, watch)
  const record = (text: string) => {
    if (MEDUSA_NOISE.some((pattern) => pattern.test(text))) return
    if (watch.allowed.some((pattern) => pattern.test(text))) return
    watch.problems.push(text)
  }
  const later = (message: ConsoleMessage) => {
    watch.pending.push(describeMessage(message, page.url()).then(record, () => record(`console.${message.type()}: ${message.text()}`)))
  }
  page.on("console", (message) => {
    const text = message.text()
    if (message.type() === "error") {
      const status = /Failed to load resource: the server responded with a status of (\d{3})/.exec(text)?.[1]
      if (status && Number(status) < 500) return
      later(message)
    } else if (message.type() === "warning" && /^Warning:|React|Radix|aria-|DialogContent|act\(/.test(text)) {
      later(message)
    }
  })
  page.on("pageerror", (error) => record(`uncaught: ${error.stack ?? error.message}`))
  // A closed page's problems are still reported after its test (then forgotten).
  page.on("close", () => {
    if (!watch.problems.length && !watch.pending.length) watches.delete(page)
  })
  return watch
}

/** Lets a test provoke a console error on purpose (e.g. a 500 it caused), until it ends. */
export function allowConsole(page: Page, pattern: RegExp) {
  watches.get(page)?.allowed.push(pattern)
}

/** What the page logged since the last check (and forgets it); the allowances end too. */
export async function takeConsoleProblems(page: Page) {
  const watch = watches.get(page)
  if (!watch) return []
  await Promise.all(watch.pending.splice(0))
  const problems = watch.problems.splice(0)
  watch.allowed = []
  if (page.isClosed()) watches.delete(page)
  return problems
}

// Every spec that imports this file: after each test, fail it on what its pages logged.
if (typeof afterEach === "function") {
  afterEach(async () => {
    const problems = (await Promise.all([...watches.keys()].map((page) => takeConsoleProblems(page)))).flat()
    if (problems.length) {
      throw new Error(`The browser console reported ${problems.length} problem(s):\n${problems.join("\n")}`)
    }
  })
}

/** A full-page screenshot in integration-tests/browser/artifacts/<name>.png (gitignored). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** Logs into the dashboard through its own login form. */
export async function logIn(page: Page, base: string) {
  // The first visit compiles the dashboard in Vite's dev server: allow it time. On a fresh
  // clone (CI) Vite also optimizes its dependencies first, which took more than 20 s there.
  await page.goto(`${base}/app/login`, { timeout: 180_000 })
  await page.getByPlaceholder("Email").fill(ADMIN.email, { timeout: 90_000 })
  await page.getByPlaceholder("Password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
}
