// `npm run demo`: a complete Medusa store with this plugin and the admin dashboard.
// Postgres: DATABASE_URL when given, else an embedded one whose data stays in .demo/pg
// (a dot-folder, which `medusa develop` does not watch) and is reused on the next run.
// Ctrl-C or SIGTERM stops the store and Postgres and leaves no process behind.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { ensureZoneBuilt, spawnZone } from "./customer-zone.mjs"
import { exitOf, projectRoot, spawnMedusa, stopGroup, waitForUrls } from "./medusa-process.mjs"

const startedAt = Date.now()
const demoDir = path.join(projectRoot, ".demo")
const port = process.env.PORT || "9000"
// The customer zone (storefront/) at the plugin's default storefront URL; DEMO_ZONE=0 skips it.
const zonePort = process.env.ZONE_PORT || "8000"
const withZone = process.env.DEMO_ZONE !== "0"
const log = (message) => process.stdout.write(`[demo] ${message}\n`)

fs.mkdirSync(demoDir, { recursive: true })

let postgres = null
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const dataDir = path.join(demoDir, "pg")
  const reused = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  log(`${reused ? "Reusing" : "Creating"} the embedded Postgres in ${path.relative(projectRoot, dataDir)}`)
  postgres = await startEmbeddedPostgres({ dataDir })
  await postgres.createDatabase("medusa_b2b_demo")
  databaseUrl = postgres.url("medusa_b2b_demo")
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: port,
  NODE_ENV: process.env.NODE_ENV || "development",
  MEDUSA_DISABLE_TELEMETRY: "true",
  MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
  STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${zonePort}`,
  // The zone's server forwards its visitors' addresses (per-visitor limits count visitors).
  B2B_TRUST_PROXY: process.env.B2B_TRUST_PROXY || "127.0.0.1,::1,::ffff:127.0.0.1",
  // The zone's profile page asks Medusa for a reset-password link; the plugin e-mails it (the log).
  B2B_PASSWORD_RESET_EMAILS: process.env.B2B_PASSWORD_RESET_EMAILS || "true",
}

let current = null
let zone = null
let stopping = false

async function run(args, options) {
  current = spawnMedusa(args, env)
  try {
    return await exitOf(current, { what: `medusa ${args.join(" ")}`, ...options })
  } finally {
    current = null
  }
}

async function shutdown(exitCode) {
  if (stopping) return
  stopping = true
  if (zone) {
    log("Stopping the customer zone…")
    await stopGroup(zone, 5_000)
  }
  if (current) {
    log("Stopping the store…")
    await stopGroup(current)
  }
  if (postgres) {
    log("Stopping Postgres…")
    await postgres.stop()
  }
  process.exit(exitCode)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function printWhenReady() {
  const base = `http://localhost:${port}`
  await waitForUrls([`${base}/health`, `${base}/app`, ...(zone ? [`http://localhost:${zonePort}`] : [])], { isCancelled: () => stopping })
  if (stopping) return
  const summary = JSON.parse(fs.readFileSync(path.join(demoDir, "summary.json"), "utf8"))
  const lines = [
    "",
    `B2B demo store is running (ready ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start)`,
    `  Admin dashboard   ${base}/app`,
    ...(zone ? [`  Customer zone     http://localhost:${zonePort}  (sign in with a storefront login below; e-mail links open here)`] : []),
    `  Admin login       ${summary.admin.email} / ${summary.admin.password}`,
    `  Store API         ${base}/store  (header x-publishable-api-key)`,
    `  B2B channel key   ${summary.publishable_keys.b2b}`,
    `  B2C channel key   ${summary.publishable_keys.b2c}`,
    `  Organizations     ${summary.organizations.map((o) => o.name).join(", ")}`,
    `  Storefront logins (password ${summary.customers[0]?.password}, POST /auth/customer/emailpass):`,
    ...summary.customers.map((c) => `    ${c.email.padEnd(22)} ${c.memberships.join("; ")}`),
    `  Open invitation   ${summary.pending_invitation}; resend it to see its e-mail in the log`,
    `  Account request   ${summary.pending_account_request}: approve it under Account requests`,
    `  Access groups     ${summary.access_groups}`,
    `  Approvals         ${summary.approvals}`,
    `  Subscriptions     ${summary.entitlements}`,
    `  Database          ${postgres ? ".demo/pg (embedded, kept between runs)" : "DATABASE_URL"}`,
    "  E-mails are logged by Medusa's local notification provider.",
    "  Press Ctrl-C to stop.",
    "",
  ]
  process.stdout.write(lines.join("\n") + "\n")
}

try {
  log("Running migrations…")
  await run(["db:migrate"])
  log("Seeding demo data…")
  await run(["exec", "./demo/seed.ts"])
  if (withZone && !stopping) {
    if (!fs.existsSync(path.join(projectRoot, ".medusa", "server", "src", "client", "index.js"))) {
      log("Building the plugin package (the customer zone imports its client)…")
      const build = spawn("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit", env })
      await new Promise((resolve, reject) => build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`)))))
    }
    log("Building the customer zone (storefront/) if needed…")
    ensureZoneBuilt({ log })
    const summary = JSON.parse(fs.readFileSync(path.join(demoDir, "summary.json"), "utf8"))
    zone = spawnZone({
      port: zonePort,
      backendUrl: env.MEDUSA_BACKEND_URL,
      publishableKey: summary.publishable_keys.b2b,
      regionId: summary.region.id,
      // Plain http on localhost: the login cookie without `Secure` (it keeps it in production).
      env: { B2B_ZONE_INSECURE_COOKIES: "1" },
      stdio: "inherit",
    })
  }
  if (!stopping) {
    log(`Starting the store on port ${port}…`)
    const develop = run(["develop"], { check: false })
    printWhenReady().catch((error) => log(`Could not read the demo summary: ${error.message}`))
    const code = await develop
    if (!stopping) await shutdown(code ?? 1)
  }
} catch (error) {
  if (!stopping) {
    log(error.message)
    await shutdown(1)
  }
}
