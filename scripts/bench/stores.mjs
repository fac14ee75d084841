// The two stores of `npm run bench` and how the benchmark talks to them: the plugin's store (this
// project, whose own code is src/), a plain Medusa store of the same Medusa install without the
// plugin, one embedded Postgres for both (a database each) whose statement log is read back.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres, throwAwayDataDir } from "../embedded-postgres.mjs"
import { exitOf, projectRoot, stopGroup, waitForUrls } from "../medusa-process.mjs"

const medusaBin = path.join(projectRoot, "node_modules", ".bin", "medusa")
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Postgres in memory (throwAwayDataDir) with durability off; every log line is kept with its
 * database and timestamp, so statements of one request in one store can be counted.
 */
export async function startBenchPostgres() {
  const dataDir = throwAwayDataDir("b2b-bench-pg-")
  const statements = []
  let partial = ""
  const onLog = (chunk) => {
    const lines = (partial + chunk).split("\n")
    partial = lines.pop()
    for (const line of lines) {
      const match = /^(\S+ \S+ \S+) db=(\S*) (?:LOG|STATEMENT|DETAIL):\s+(.*)$/.exec(line)
      if (match && /^(duration: [0-9.]+ ms\s+)?(statement|execute [^:]*):/.test(match[3])) {
        statements.push({ at: Date.parse(match[1].replace(/ (UTC|GMT)$/, "Z").replace(" ", "T")) || Date.now(), db: match[2], text: match[3] })
      } else if (match && statements.length && /^parameters:/.test(match[3])) {
        statements[statements.length - 1].text += ` ${match[3]}`
      }
    }
  }
  const postgres = await startEmbeddedPostgres({
    dataDir,
    fast: true,
    flags: ["-c", "log_line_prefix=%m db=%d ", "-c", "log_timezone=UTC", "-c", "max_wal_size=4GB"],
    onLog,
  })
  const client = async (database = "postgres") => {
    const c = postgres.pg.getPgClient(database)
    await c.connect()
    return c
  }
  return {
    ...postgres,
    dataDir,
    statements,
    /** Runs statements one after another in `database`. */
    async sql(database, ...texts) {
      const c = await client(database)
      try {
        let last
        for (const text of texts) last = await c.query(text)
        return last
      } finally {
        await c.end()
      }
    },
    /** Logs every statement (with its duration) while on. */
    async setStatementLogging(on) {
      const c = await client()
      try {
        await c.query(`ALTER SYSTEM SET log_min_duration_statement = '${on ? "0" : "-1"}'`)
        await c.query("SELECT pg_reload_conf()")
      } finally {
        await c.end()
      }
      await sleep(300)
    },
    async destroy() {
      await postgres.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

const PLAIN_CONFIG = `// A plain Medusa store for scripts/bench.mjs: the plugin project's medusa-config without the
// plugin (same notification providers, same http settings), and no src/ of its own.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || localOrigins,
      adminCors: process.env.ADMIN_CORS || localOrigins,
      authCors: process.env.AUTH_CORS || localOrigins,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  modules: [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
          { resolve: "@medusajs/medusa/notification-local", id: "local-feed", options: { channels: ["feed"] } },
        ],
      },
    },
  ],
})
`

/**
 * A plain store directory: medusa-config without the plugin, the plugin project's node_modules
 * (the same Medusa install, so only the plugin differs).
 */
export function makePlainStoreDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-bench-plain-"))
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), PLAIN_CONFIG)
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: "b2b-bench-plain-store",
        version: "0.0.0",
        private: true,
        // The Medusa CLI runs only in a directory whose package.json depends on Medusa.
        dependencies: { "@medusajs/medusa": "2.21.2", "@medusajs/framework": "2.21.2", "@medusajs/cli": "2.21.2" },
      },
      null,
      2
    )
  )
  fs.copyFileSync(path.join(projectRoot, "integration-tests", "plain-store", "tsconfig.json"), path.join(dir, "tsconfig.json"))
  fs.symlinkSync(fs.realpathSync(path.join(projectRoot, "node_modules")), path.join(dir, "node_modules"), "dir")
  return dir
}

/**
 * One store: its directory, database and port; Medusa CLI commands run in its directory.
 * `env`: more environment for its processes (bench-cluster: Redis and the worker mode).
 */
export function store({ name, dir, postgres, database, port, logDir, env: extra = {} }) {
  const base = `http://localhost:${port}`
  const logFile = path.join(logDir, `${name}.log`)
  const env = {
    ...process.env,
    DATABASE_URL: postgres.url(database),
    PORT: String(port),
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: "error",
    MEDUSA_BACKEND_URL: base,
    ...extra,
  }
  // Every CLI process still running, so stop() also ends a migration or seed cut short by a failure elsewhere.
  const running = new Set()
  const spawnHere = (args, extraEnv = {}) => {
    const out = fs.openSync(logFile, "a")
    fs.writeSync(out, `\n$ medusa ${args.join(" ")}\n`)
    const child = spawn(medusaBin, args, { cwd: dir, env: { ...env, ...extraEnv }, stdio: ["ignore", out, out], detached: true })
    fs.closeSync(out)
    running.add(child)
    child.once("exit", () => running.delete(child))
    return child
  }
  let server = null
  return {
    name,
    dir,
    database,
    base,
    logFile,
    async medusa(args, extraEnv) {
      await exitOf(spawnHere(args, extraEnv), { what: `${name}: medusa ${args.join(" ")} (see ${logFile})` })
    },
    async start() {
      server = spawnHere(["start"])
      if (!(await waitForUrls([`${base}/health`], { attempts: 240 }))) throw new Error(`${name} did not start (see ${logFile})`)
    },
    async stop() {
      await Promise.all([...running].map((child) => stopGroup(child)))
      server = null
    },
    /** The running server's process group (it is started detached, as its own group). */
    pgid: () => server?.pid ?? 0,
    http: client(base),
  }
}

/** fetch with JSON in and out; `ok` throws on anything but 2xx, `timed` measures until the body is read. */
export function client(base) {
  async function send(method, url, { body, headers = {} } = {}) {
    const response = await fetch(base + url, {
      method: method.toUpperCase(),
      headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    let data = text
    try {
      data = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: response.status, data }
  }
  return {
    send,
    async ok(method, url, options) {
      const response = await send(method, url, options)
      if (response.status < 200 || response.status >= 300) {
        throw new Error(`${method.toUpperCase()} ${url} answered ${response.status}: ${JSON.stringify(response.data).slice(0, 400)}`)
      }
      return response.data
    },
    async timed(method, url, { body, headers = {} } = {}) {
      const t0 = performance.now()
      const response = await fetch(base + url, {
        method: method.toUpperCase(),
        headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      })
      const buffer = await response.arrayBuffer()
      const ms = performance.now() - t0
      if (response.status < 200 || response.status >= 300) {
        throw new Error(`${method.toUpperCase()} ${url} answered ${response.status}: ${Buffer.from(buffer).toString().slice(0, 400)}`)
      }
      return { ms, bytes: buffer.byteLength, body: buffer }
    },
  }
}

const PASSWORD = "correct-horse-battery-staple"

/** A customer the way a storefront makes one (register, create, log in); headers act as them. */
export async function customerSession(http, publishableKey, email) {
  const register = await http.ok("post", "/auth/customer/emailpass/register", { body: { email, password: PASSWORD } })
  const created = await http.ok("post", "/store/customers", {
    body: { email, first_name: email.split("@")[0], last_name: "Bench" },
    headers: { authorization: `Bearer ${register.token}`, "x-publishable-api-key": publishableKey },
  })
  const login = await http.ok("post", "/auth/customer/emailpass", { body: { email, password: PASSWORD } })
  return {
    customerId: created.customer.id,
    email,
    headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": publishableKey },
  }
}

export async function adminHeaders(http, { email, password }) {
  const { token } = await http.ok("post", "/auth/user/emailpass", { body: { email, password } })
  return { authorization: `Bearer ${token}` }
}

/**
 * A cart ready to complete, through the store API as a storefront does it: created (with
 * `createHeaders` added, e.g. x-organization-id), a line item, the shipping address, the shipping
 * method, a payment collection with a session of Medusa's system provider.
 */
export async function prepareCart(http, session, shop, address, createHeaders = {}) {
  const headers = session.headers
  const { cart } = await http.ok("post", "/store/carts", {
    body: { region_id: shop.regionId },
    headers: { ...headers, ...createHeaders },
  })
  await http.ok("post", `/store/carts/${cart.id}/line-items`, { body: { variant_id: shop.variantId, quantity: 1 }, headers })
  await http.ok("post", `/store/carts/${cart.id}`, {
    body: { shipping_address: { first_name: "Bench", last_name: "Buyer", ...address } },
    headers,
  })
  await http.ok("post", `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: shop.shippingOptionId }, headers })
  const { payment_collection } = await http.ok("post", "/store/payment-collections", { body: { cart_id: cart.id }, headers })
  await http.ok("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    body: { provider_id: "pp_system_default" },
    headers,
  })
  return cart.id
}

/** Completes a prepared cart; throws unless it became an order. */
export async function completeCart(http, session, cartId) {
  const { ms, body } = await http.timed("post", `/store/carts/${cartId}/complete`, { headers: session.headers })
  const data = JSON.parse(Buffer.from(body).toString())
  if (data.type !== "order") throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(data).slice(0, 400)}`)
  return { ms, orderId: data.order.id }
}
