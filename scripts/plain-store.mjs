// A plain Medusa 2.21.2 store with this plugin installed from its packed tarball, the way a
// merchant gets it (README only): integration-tests/plain-store copied to a directory, the plugin
// built and `npm pack`ed, `npm install`, a fresh database migrated, an admin user, `medusa start`.
//   node scripts/plain-store.mjs [--dir DIR] [--port 9000] [--email local] [--build]
//     --dir    where the store goes (default: a new temporary directory). Run again with the same
//              DIR to reuse its node_modules: only the new tarball is installed.
//     --email  local: Medusa's local notification provider on the `email` channel (README's
//              development setup); default none, as in a new store.
//     --build  `medusa build` and start the production build (.medusa/server); default starts
//              the store in development mode (the dashboard compiled by Medusa's bundler on load).
// Postgres: DATABASE_URL when set (its database should be empty), else an embedded one in
// DIR/.pg (a new database each run). Ctrl-C stops the store and Postgres.
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { exitOf, projectRoot, stopGroup, waitForUrls } from "./medusa-process.mjs"
import { packPlugin } from "./pack-plugin.mjs"

const { values: args } = parseArgs({
  options: {
    dir: { type: "string" },
    port: { type: "string", default: process.env.PORT || "9000" },
    email: { type: "string" },
    build: { type: "boolean", default: false },
  },
})

const started = Date.now()
const timings = []
const log = (message) => process.stdout.write(`[plain-store] ${message}\n`)
async function timed(what, work) {
  const at = Date.now()
  log(`${what}…`)
  const result = await work()
  const seconds = (Date.now() - at) / 1000
  timings.push([what, seconds])
  log(`${what}: ${seconds.toFixed(1)} s`)
  return result
}

const fixture = path.join(projectRoot, "integration-tests", "plain-store")
const storeDir = path.resolve(args.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "b2b-plain-store-")))
if (storeDir.startsWith(projectRoot + path.sep)) {
  // `medusa` tooling and jest in the plugin project would pick the store's files up.
  throw new Error("--dir must be outside the plugin project")
}
fs.mkdirSync(storeDir, { recursive: true })
const reuse = fs.existsSync(path.join(storeDir, "node_modules", "@medusajs", "medusa"))
fs.cpSync(fixture, storeDir, { recursive: true })

const TARBALL = "medusa-plugin-b2b-accounts.tgz"
await timed("Building and packing the plugin (medusa plugin:build, npm pack)", async () => {
  const { tarball, buildDir } = await packPlugin({ destination: storeDir })
  fs.renameSync(tarball, path.join(storeDir, TARBALL))
  fs.rmSync(buildDir, { recursive: true, force: true })
})

const npm = (npmArgs) =>
  execFileSync("npm", [...npmArgs, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: storeDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
  })
await timed(reuse ? "Installing the new tarball (npm install)" : "Installing the store (npm install)", async () => {
  if (reuse) {
    fs.rmSync(path.join(storeDir, "node_modules", "medusa-plugin-b2b-accounts"), { recursive: true, force: true })
    // The dashboard's bundler keeps its pre-bundled copy of the plugin's admin in
    // node_modules/.vite and keys it on the lockfile, which a `file:` tarball of the same name
    // leaves unchanged: without this the dashboard shows the previous build's pages.
    fs.rmSync(path.join(storeDir, "node_modules", ".vite"), { recursive: true, force: true })
  }
  // Named explicitly, npm reads the new tarball; a plain `npm install` trusts the lockfile's
  // integrity of the old one and installs that from its cache.
  npm(reuse ? ["install", `./${TARBALL}`] : ["install"])
})

let postgres = null
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  postgres = await timed("Starting an embedded Postgres", async () => {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(storeDir, ".pg"), fast: true })
    const name = `plain_store_${Date.now()}`
    await pg.createDatabase(name)
    databaseUrl = pg.url(name)
    return pg
  })
}

const port = args.port
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  PORT: port,
  NODE_ENV: args.build ? "production" : "development",
  MEDUSA_DISABLE_TELEMETRY: "true",
  MEDUSA_BACKEND_URL: `http://localhost:${port}`,
  ...(args.email ? { PLAIN_STORE_EMAIL: args.email } : {}),
}
const medusaBin = path.join(storeDir, "node_modules", ".bin", "medusa")
let current = null
let stopping = false

async function medusa(medusaArgs, { cwd = storeDir, check = true } = {}) {
  current = spawn(medusaBin, medusaArgs, { cwd, env, stdio: "inherit", detached: true })
  try {
    return await exitOf(current, { what: `medusa ${medusaArgs.join(" ")}`, check })
  } finally {
    current = null
  }
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (current) {
    log("Stopping the store…")
    await stopGroup(current)
  }
  if (postgres) await postgres.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

const ADMIN = { email: "admin@plain-store.test", password: "plain-store-admin" }
try {
  await timed("Migrating the database (medusa db:migrate)", () => medusa(["db:migrate"]))
  await timed("Creating the admin user (medusa user)", () => medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password]))
  let runDir = storeDir
  if (args.build) {
    await timed("Building the store (medusa build)", () => medusa(["build"]))
    runDir = path.join(storeDir, ".medusa", "server")
    // The production build runs with the store's own dependencies.
    fs.rmSync(path.join(runDir, "node_modules"), { force: true, recursive: true })
    fs.symlinkSync(path.join(storeDir, "node_modules"), path.join(runDir, "node_modules"), "dir")
  }
  log(`Starting the store on port ${port} (medusa start)…`)
  const startAt = Date.now()
  // --types: Medusa writes .medusa/types (the module bindings that type the plugin's services).
  const running = medusa(args.build ? ["start"] : ["start", "--types"], { cwd: runDir, check: false })
  const base = `http://localhost:${port}`
  waitForUrls([`${base}/health`, `${base}/app`], { isCancelled: () => stopping }).then((up) => {
    if (!up || stopping) return
    timings.push(["medusa start until /health and /app answer", (Date.now() - startAt) / 1000])
    const lines = [
      "",
      `Plain store with medusa-plugin-b2b-accounts is running (${((Date.now() - started) / 1000).toFixed(0)} s after start)`,
      `  Admin dashboard   ${base}/app`,
      `  Admin login       ${ADMIN.email} / ${ADMIN.password}`,
      `  Store API         ${base}/store (create a publishable API key under Settings first)`,
      `  E-mail provider   ${args.email ? `${args.email} on the email channel` : "none on the email channel (as in a new store)"}`,
      `  Store directory   ${storeDir}`,
      `  Database          ${postgres ? `embedded, ${databaseUrl}` : "DATABASE_URL"}`,
      "  Timings:",
      ...timings.map(([what, seconds]) => `    ${seconds.toFixed(1).padStart(6)} s  ${what}`),
      "  Press Ctrl-C to stop.",
      "",
    ]
    process.stdout.write(lines.join("\n") + "\n")
  })
  const code = await running
  if (!stopping) await shutdown(code ?? 1)
} catch (error) {
  if (!stopping) {
    log(error.message)
    await shutdown(1)
  }
}
