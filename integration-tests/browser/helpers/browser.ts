// Debian's Chromium driven by playwright-core (no downloaded browsers on this machine or in CI).
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { ADMIN } from "./store"

export const ARTIFACTS = path.resolve(__dirname, "..", "artifacts")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  return chromium.launch({
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
