// `npm run bench:cluster`: throughput of one server against two (issue 30), not a test (it
// asserts nothing). The demo store on one embedded Postgres in memory and a redis-server of its
// own, with Medusa's Redis event bus, workflow engine and locking (medusa-config.ts,
// B2B_REDIS_URL): servers A and B (MEDUSA_WORKER_MODE=server) and a worker W, all running the
// whole time. The same load generator sends a guarded read (an organization admin's members page,
// 50 a page) and cart completions (an organization admin's, carts prepared up front) either all to
// A, or alternating between A and B, at rising concurrency; it reports requests per second, p50
// and p95, the best rate whose p95 stays under 250 ms, and the CPU seconds each process used (and the
// whole machine's: Postgres and Redis are the rest).
//   node scripts/bench-cluster.mjs [--seconds 8] [--levels 1,2,4,8,16] [--carts 24]
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { freePort } from "./embedded-postgres.mjs"
import { percentile } from "./bench/stats.mjs"
import { client, prepareCart, startBenchPostgres, store } from "./bench/stores.mjs"
import { projectRoot } from "./medusa-process.mjs"

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    levels: { type: "string", default: "1,2,4,8,16" },
    carts: { type: "string", default: "24" },
  },
})
const SECONDS = Number(args.seconds)
const LEVELS = args.levels.split(",").map(Number)
const CARTS = Number(args.carts)
const P95_GOAL_MS = 250

const startedAt = Date.now()
const log = (message) => process.stdout.write(`[bench:cluster ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function startRedis() {
  const port = await freePort()
  const child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"], { stdio: "ignore" })
  for (let attempt = 0; attempt < 100; attempt++) {
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (up) return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") }
    await sleep(50)
  }
  throw new Error("redis-server did not start (Debian's redis-server package)")
}

/** CPU seconds (user + system) of every process whose group is `pgid` (a `medusa start` and its children). */
function cpuSecondsOfGroup(pgid) {
  const ticks = 100 // USER_HZ on Linux
  let total = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // After the name: state(0) ppid(1) pgrp(2) … utime(11) stime(12)
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) / ticks
    } catch {
      // gone meanwhile
    }
  }
  return total
}

/** CPU seconds the whole machine was busy (all cores, from /proc/stat): the servers, the worker, Postgres, Redis and this script. */
function machineBusySeconds() {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number)
  return (user + nice + system + irq + softirq + steal) / 100
}

/**
 * Closed loop: `concurrency` callers, each sending its next request when the last answered, for
 * `seconds` (or until `work` says there is no more). Answers rps, p50, p95 and errors.
 */
async function load(concurrency, seconds, work) {
  const latencies = []
  let errors = 0
  const until = Date.now() + seconds * 1000
  let index = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const mine = index++
        const t0 = performance.now()
        const ok = await work(mine)
        if (ok === null) return
        latencies.push(performance.now() - t0)
        if (!ok) errors++
      }
    })
  )
  const elapsed = (performance.now() - started) / 1000
  return {
    concurrency,
    rps: Number((latencies.length / elapsed).toFixed(1)),
    p50: Number(percentile(latencies, 50).toFixed(0)),
    p95: Number(percentile(latencies, 95).toFixed(0)),
    requests: latencies.length,
    errors,
  }
}

const postgres = await startBenchPostgres()
const redis = await startRedis()
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-bench-cluster-"))
const database = "b2b_bench_cluster"
await postgres.sql("postgres", `CREATE DATABASE ${database}`)
const env = { B2B_REDIS_URL: redis.url, LOG_LEVEL: "error" }
const processes = {
  A: store({ name: "server-a", dir: projectRoot, postgres, database, port: await freePort(), logDir, env: { ...env, MEDUSA_WORKER_MODE: "server" } }),
  B: store({ name: "server-b", dir: projectRoot, postgres, database, port: await freePort(), logDir, env: { ...env, MEDUSA_WORKER_MODE: "server" } }),
  W: store({ name: "worker", dir: projectRoot, postgres, database, port: await freePort(), logDir, env: { ...env, MEDUSA_WORKER_MODE: "worker" } }),
}
const result = { machine: { cpus: os.cpus().length }, seconds: SECONDS, levels: LEVELS, measures: {} }
try {
  log("migrating and seeding the demo")
  await processes.A.medusa(["db:migrate"])
  const summaryFile = path.join(logDir, "summary.json")
  await processes.A.medusa(["exec", "./demo/seed.ts"], { B2B_BROWSER_SEED_OUT: summaryFile })
  const demo = JSON.parse(fs.readFileSync(summaryFile, "utf8"))
  await Promise.all(Object.values(processes).map((one) => one.start()))
  log(`servers ${processes.A.base} and ${processes.B.base}, worker ${processes.W.base}; Redis ${redis.url}`)

  const http = client(processes.A.base)
  const key = demo.publishable_keys.b2b
  const { token } = await http.ok("post", "/auth/customer/emailpass", { body: { email: "anna@acme.demo", password: "demo-customer-password" } })
  const anna = { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": key } }
  const acme = demo.organizations.find((organization) => organization.name === "Acme Accountants").id
  const { products } = await http.ok("get", `/store/products?region_id=${demo.region.id}&limit=20&fields=id,*variants.calculated_price`, {
    headers: anna.headers,
  })
  const variantId = products.flatMap((product) => product.variants).find((variant) => variant.calculated_price?.calculated_amount > 0).id
  const utrecht = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
  // The shipping option of the demo's region, read from a first cart.
  const probe = (await http.ok("post", "/store/carts", { body: { region_id: demo.region.id }, headers: anna.headers })).cart.id
  await http.ok("post", `/store/carts/${probe}`, { body: { shipping_address: { first_name: "A", last_name: "B", ...utrecht } }, headers: anna.headers })
  const { shipping_options } = await http.ok("get", `/store/shipping-options?cart_id=${probe}`, { headers: anna.headers })
  const shop = { regionId: demo.region.id, shippingOptionId: shipping_options[0].id, variantId }

  const targets = { "one server": [processes.A.base], "two servers": [processes.A.base, processes.B.base] }
  const membersPath = `/store/organizations/${acme}/members?limit=50`
  const cpuBefore = () => Object.fromEntries(Object.entries(processes).map(([name, one]) => [name, cpuSecondsOfGroup(one.pgid())]))

  for (const measure of ["members", "checkout"]) {
    result.measures[measure] = {}
    for (const [topology, bases] of Object.entries(targets)) {
      const clients = bases.map((base) => client(base))
      const rows = []
      for (const concurrency of LEVELS) {
        let work
        let seconds = SECONDS
        if (measure === "members") {
          work = async (i) => (await clients[i % clients.length].send("get", membersPath, { headers: anna.headers })).status === 200
        } else {
          // Completions need carts prepared before the clock starts: CARTS × concurrency of them, or the time runs out first.
          const count = CARTS * Math.max(1, Math.ceil(concurrency / 2))
          const carts = []
          for (let i = 0; i < count; i++) carts.push(await prepareCart(http, anna, shop, utrecht))
          seconds = 600
          work = async (i) => {
            if (i >= carts.length) return null
            const answer = await clients[i % clients.length].send("post", `/store/carts/${carts[i]}/complete`, { headers: anna.headers })
            return answer.status === 200 && answer.data?.type === "order"
          }
        }
        const cpu0 = cpuBefore()
        const busy0 = machineBusySeconds()
        const self0 = process.cpuUsage()
        const row = await load(concurrency, seconds, work)
        const cpu1 = cpuBefore()
        row.cpu_seconds = Object.fromEntries(Object.keys(cpu0).map((name) => [name, Number((cpu1[name] - cpu0[name]).toFixed(1))]))
        const self = process.cpuUsage(self0)
        row.cpu_seconds.load_generator = Number(((self.user + self.system) / 1e6).toFixed(1))
        row.cpu_seconds.machine = Number((machineBusySeconds() - busy0).toFixed(1))
        rows.push(row)
        log(`${measure} · ${topology} · ${concurrency} at once: ${row.rps} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms, ${row.errors} errors, CPU s ${JSON.stringify(row.cpu_seconds)}`)
        await sleep(1000)
      }
      const best = rows.filter((row) => row.p95 < P95_GOAL_MS && row.errors === 0).sort((a, b) => b.rps - a.rps)[0] ?? null
      result.measures[measure][topology] = { best_rps_at_p95_under_250ms: best?.rps ?? null, at_concurrency: best?.concurrency ?? null, rows }
    }
  }
  console.log("\n| measure | topology | best req/s with p95 < 250 ms | at concurrency |")
  console.log("|---|---|---|---|")
  for (const [measure, topologies] of Object.entries(result.measures)) {
    for (const [topology, figures] of Object.entries(topologies)) {
      console.log(`| ${measure} | ${topology} | ${figures.best_rps_at_p95_under_250ms ?? "none"} | ${figures.at_concurrency ?? "-"} |`)
    }
  }
  console.log(JSON.stringify(result))
} finally {
  await Promise.all(Object.values(processes).map((one) => one.stop().catch(() => undefined)))
  redis.stop()
  await postgres.destroy()
}
