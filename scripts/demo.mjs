// `npm run demo`: a complete Medusa store with this plugin and the admin dashboard.
// Postgres: DATABASE_URL when given, else an embedded one whose data stays in .demo/pg
// (a dot-folder, which `medusa develop` does not watch) and is reused on the next run.
// Ctrl-C or SIGTERM stops the store and Postgres and leaves no process behind.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const demoDir = path.join(root, ".demo")
const port = process.env.PORT || "9000"
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const startedAt = Date.now()
const log = (message) => process.stdout.write(`[demo] ${message}\n`)

fs.mkdirSync(demoDir, { recursive: true })

let postgres = null
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const dataDir = path.join(demoDir, "pg")
  const reused = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  log(`${reused ? "Reusing" : "Creating"} the embedded Postgres in ${path.relative(root, dataDir)}`)
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

/** Runs a child in its own process group, so a signal reaches all of its descendants. */
function run(args, { check = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: "inherit", detached: true })
    current = child
    child.on("exit", (code, signal) => {
      current = null
      if (!check || code === 0) resolve(code)
      else reject(new Error(`medusa ${args.join(" ")} exited with ${code ?? signal}`))
    })
  })
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

async function shutdown(exitCode) {
  if (stopping) return
  stopping = true
  const child = current
  if (child) {
    log("Stopping the store…")
    // `medusa develop` shuts down cleanly on SIGINT only.
    signalGroup(child, "SIGINT")
    const exited = new Promise((resolve) => child.once("exit", resolve))
    const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, "timeout"))
    if ((await Promise.race([exited, timeout])) === "timeout") signalGroup(child, "SIGKILL")
    // Children of the group that outlive its leader (esbuild, the server) are ended too.
    signalGroup(child, "SIGKILL")
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
  for (let attempt = 0; attempt < 300 && !stopping; attempt++) {
    try {
      const health = await fetch(`${base}/health`)
      const app = await fetch(`${base}/app`)
      if (health.ok && app.ok) break
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
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
  if (stopping) await new Promise(() => {})
  log(`Starting the store on port ${port}…`)
  const develop = run(["develop"], { check: false })
  printWhenReady().catch((error) => log(`Could not read the demo summary: ${error.message}`))
  const code = await develop
  if (!stopping) await shutdown(code ?? 1)
} catch (error) {
  if (!stopping) {
    log(error.message)
    await shutdown(1)
  }
}
