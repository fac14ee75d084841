// `npm run demo`: a complete Medusa store with this plugin and the admin dashboard.
// Postgres: DATABASE_URL when given, else an embedded one whose data stays in .demo/pg
// (a dot-folder, which `medusa develop` does not watch) and is reused on the next run.
// Ctrl-C or SIGTERM stops the store and Postgres and leaves no process behind.
import fs from "node:fs"
import path from "node:path"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { exitOf, projectRoot, spawnMedusa, stopGroup, waitForUrls } from "./medusa-process.mjs"

const startedAt = Date.now()
const demoDir = path.join(projectRoot, ".demo")
const port = process.env.PORT || "9000"
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
}

let current = null
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
  await waitForUrls([`${base}/health`, `${base}/app`], { isCancelled: () => stopping })
  if (stopping) return
  const summary = JSON.parse(fs.readFileSync(path.join(demoDir, "summary.json"), "utf8"))
  const lines = [
    "",
    `B2B demo store is running (ready ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start)`,
    `  Admin dashboard   ${base}/app`,
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
