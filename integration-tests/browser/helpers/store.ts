// Boots a real Medusa store with the plugin for the browser tests: a fresh database on the
// Postgres the jest global setup provides (a copy of one migrated with an admin user), then `medusa start` in
// development mode (the admin dashboard served by Vite at /app, without `develop`'s file
// watcher, so edits elsewhere in the tree do not restart the store mid-test).
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { databaseUrlOf, migratedTemplate, onPostgres } from "../../helpers/template-database"

export const ADMIN = { email: "admin@browser.test", password: "browser-admin-password" }

type MedusaProcess = {
  spawnMedusa: (args: string[], env: NodeJS.ProcessEnv, stdio?: unknown) => ChildProcess
  exitOf: (child: ChildProcess, options?: { check?: boolean; what?: string }) => Promise<number>
  stopGroup: (child: ChildProcess, graceMs?: number) => Promise<void>
  waitForUrls: (urls: string[], options?: { attempts?: number }) => Promise<boolean>
}

const root = path.resolve(__dirname, "..", "..", "..")
const load = () => import(path.join(root, "scripts", "medusa-process.mjs")) as Promise<MedusaProcess>

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type Store = {
  url: string
  databaseUrl: string
  /** What the `seed` script wrote to $B2B_BROWSER_SEED_OUT. */
  seed: any
  stop: () => Promise<void>
  log: () => string
}

/**
 * `seed`: a `medusa exec` script (path from the project root) run after the migrations.
 * `env`: extra environment for the store, e.g. `{ B2B_TEST_EMAIL_PROVIDER: "none" }`.
 * `admin: false`: no dashboard (the customer zone's tests use the admin API only).
 */
export async function startStore({
  seed,
  env: extraEnv = {},
  admin = true,
}: { seed?: string; env?: NodeJS.ProcessEnv; admin?: boolean } = {}): Promise<Store> {
  const medusa = await load()
  const port = await freePort()
  const url = `http://localhost:${port}`
  const database = `b2b_browser_${process.pid}_${Date.now()}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrlOf(database),
    PORT: String(port),
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_BACKEND_URL: url,
    ADMIN_CORS: url,
    AUTH_CORS: url,
    STORE_CORS: url,
    LOG_LEVEL: "info",
    ...extraEnv,
  }
  let output = ""
  const capture = (child: ChildProcess) => {
    child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-20_000)))
    child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-20_000)))
    return child
  }
  const run = async (args: string[], runEnv = env) => {
    const child = capture(medusa.spawnMedusa(args, runEnv, "pipe"))
    try {
      await medusa.exitOf(child, { what: `medusa ${args.join(" ")}` })
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`)
    }
  }

  // A copy of one database migrated with the admin user (helpers/template-database).
  const template = await migratedTemplate("b2b_browser_template", async (databaseUrl) => {
    const buildEnv = { ...env, DATABASE_URL: databaseUrl }
    await run(["db:migrate"], buildEnv)
    await run(["user", "-e", ADMIN.email, "-p", ADMIN.password], buildEnv)
  })
  await onPostgres(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)
  let seeded: unknown = null
  if (seed) {
    const out = path.join(os.tmpdir(), `${database}-seed.json`)
    env.B2B_BROWSER_SEED_OUT = out
    await run(["exec", seed])
    seeded = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out, { force: true })
  }
  const server = capture(medusa.spawnMedusa(["start"], env, "pipe"))
  // Should jest die before afterAll, take the store (its own process group) with it.
  const killOnExit = () => {
    try {
      process.kill(-server.pid!, "SIGKILL")
    } catch {
      // already gone
    }
  }
  process.once("exit", killOnExit)
  const stop = async () => {
    process.off("exit", killOnExit)
    await medusa.stopGroup(server, 5_000)
    await onPostgres(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  }
  if (!(await medusa.waitForUrls([`${url}/health`, ...(admin ? [`${url}/app`] : [])], { attempts: 120 }))) {
    await stop()
    throw new Error(`The store did not come up on ${url}\n${output.slice(-4000)}`)
  }
  return { url, databaseUrl: env.DATABASE_URL!, seed: seeded, stop, log: () => output }
}
