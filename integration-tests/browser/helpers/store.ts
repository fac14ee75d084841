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

/** A port nobody listens on right now (the store's processes, the zone, a Redis of the test's own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** One `medusa start` process of a store. */
export type StoreProcess = {
  url: string
  env: NodeJS.ProcessEnv
  /** Stops the process (SIGINT, then SIGKILL); `kill` does not wait for a graceful end. */
  stop: (options?: { kill?: boolean }) => Promise<void>
  /** Starts it again on its port (after `stop`), resolving once /health answers. */
  start: () => Promise<void>
  /** What this process printed (the last 200 000 characters, across restarts). */
  log: () => string
}

export type Store = {
  url: string
  /** Every process of the store (one, unless `processes` asked for more); `url` is the first one's. */
  processes: StoreProcess[]
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
 * `processes`: the extra environment of each `medusa start` process on the one database (the
 * cluster test: servers and a worker), each on its own port; one process by default.
 */
export async function startStore({
  seed,
  env: extraEnv = {},
  admin = true,
  processes = [{}],
}: { seed?: string; env?: NodeJS.ProcessEnv; admin?: boolean; processes?: NodeJS.ProcessEnv[] } = {}): Promise<Store> {
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
  const running = new Set<ChildProcess>()
  // Should jest die before afterAll, take the store's processes (each its own group) with it.
  const killOnExit = () => {
    for (const child of running) {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        // already gone
      }
    }
  }
  process.once("exit", killOnExit)
  const launch = async (processEnv: NodeJS.ProcessEnv, processUrl: string, withAdmin: boolean, own: { text: string }) => {
    const child = capture(medusa.spawnMedusa(["start"], processEnv, "pipe"))
    const keep = (chunk: Buffer) => (own.text = (own.text + chunk).slice(-200_000))
    child.stdout?.on("data", keep)
    child.stderr?.on("data", keep)
    running.add(child)
    child.once("exit", () => running.delete(child))
    if (!(await medusa.waitForUrls([`${processUrl}/health`, ...(withAdmin ? [`${processUrl}/app`] : [])], { attempts: 120 }))) {
      throw new Error(`The store did not come up on ${processUrl}\n${output.slice(-4000)}`)
    }
    return child
  }
  const started: StoreProcess[] = []
  const stop = async () => {
    process.off("exit", killOnExit)
    await Promise.all(started.map((one) => one.stop()))
    await onPostgres(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
  }
  try {
    for (const [index, processExtra] of processes.entries()) {
      const processPort = index === 0 ? port : await freePort()
      const processUrl = `http://localhost:${processPort}`
      const processEnv = { ...env, PORT: String(processPort), ...processExtra }
      const own = { text: "" }
      let child = await launch(processEnv, processUrl, admin && index === 0, own)
      started.push({
        url: processUrl,
        env: processEnv,
        stop: async ({ kill = false } = {}) => {
          if (kill) {
            try {
              process.kill(-child.pid!, "SIGKILL")
            } catch {
              // already gone
            }
          }
          await medusa.stopGroup(child, 5_000)
        },
        start: async () => {
          child = await launch(processEnv, processUrl, false, own)
        },
        log: () => own.text,
      })
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { url, processes: started, databaseUrl: env.DATABASE_URL!, seed: seeded, stop, log: () => output }
}
