// Benchmark (not a test): GET /store/organizations/:id/members?limit=50 on an organization
// with 10,000 members, against Medusa's own GET /store/customers/me, in the same run and
// server; plus the SQL statements each request costs, read from Postgres's statement log.
//   node scripts/bench-members.mjs [--members 10000] [--requests 400]
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { exitOf, spawnMedusa, stopGroup, waitForUrls } from "./medusa-process.mjs"

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const MEMBERS = arg("members", 10_000)
const REQUESTS = arg("requests", 400)
const PORT = String(arg("port", 9100))
const base = `http://localhost:${PORT}`
const log = (message) => process.stdout.write(`[bench] ${message}\n`)

const statements = []
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-bench-pg-"))
const postgres = await startEmbeddedPostgres({
  dataDir,
  fast: true,
  onLog: (chunk) => {
    for (const line of chunk.split("\n")) {
      if (/LOG:\s+(duration: [0-9.]+ ms\s+)?(statement|execute [^:]*):/.test(line)) statements.push(line)
      else if (statements.length && /^\s/.test(line)) statements[statements.length - 1] += ` ${line.trim()}`
    }
  },
})
await postgres.createDatabase("medusa_bench")
const output = path.join(dataDir, "bench.json")
const env = {
  ...process.env,
  DATABASE_URL: postgres.url("medusa_bench"),
  PORT,
  MEDUSA_DISABLE_TELEMETRY: "true",
  DISABLE_MEDUSA_ADMIN: "true",
  LOG_LEVEL: "error",
  BENCH_MEMBERS: String(MEMBERS),
  BENCH_OUTPUT: output,
}

let server = null
async function cleanup() {
  if (server) await stopGroup(server)
  await postgres.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)))

async function sql(...statements) {
  const client = postgres.pg.getPgClient("medusa_bench")
  await client.connect()
  for (const statement of statements) await client.query(statement)
  await client.end()
}

/** Logs every statement with its duration while on. */
async function setStatementLogging(on) {
  await sql(`ALTER SYSTEM SET log_min_duration_statement = '${on ? "0" : "-1"}'`, "SELECT pg_reload_conf()")
  await new Promise((resolve) => setTimeout(resolve, 300))
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length
  return { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), mean }
}

try {
  log("Migrating…")
  await exitOf(spawnMedusa(["db:migrate"], env, "ignore"), { what: "db:migrate" })
  log(`Seeding one organization with ${MEMBERS} members…`)
  let started = Date.now()
  await exitOf(spawnMedusa(["exec", "./bench/seed-members.ts"], env, "ignore"), { what: "seed" })
  log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const seed = JSON.parse(fs.readFileSync(output, "utf8"))
  // What autovacuum does to a live database after a bulk load: planner statistics and the
  // visibility map (index-only scans for counts).
  await sql("VACUUM ANALYZE")

  server = spawnMedusa(["develop"], env, "ignore")
  if (!(await waitForUrls([`${base}/health`], { attempts: 120 }))) throw new Error("server did not start")

  const login = await fetch(`${base}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: seed.email, password: seed.password }),
  }).then((r) => r.json())
  const headers = { authorization: `Bearer ${login.token}`, "x-publishable-api-key": seed.publishableKey }
  const endpoints = {
    members: `${base}/store/organizations/${seed.organizationId}/members?limit=50${process.env.BENCH_QUERY ?? ""}`,
    customers_me: `${base}/store/customers/me`,
  }
  const call = async (url) => {
    const t0 = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    return performance.now() - t0
  }

  const first = await fetch(endpoints.members, { headers }).then((r) => r.json())
  log(`members page: ${first.memberships.length} of count ${first.count}`)

  for (let i = 0; i < 50; i++) for (const url of Object.values(endpoints)) await call(url)
  const samples = { members: [], customers_me: [] }
  for (let i = 0; i < REQUESTS; i++) {
    // Alternate the order so neither endpoint always runs on a warmer cache.
    const order = i % 2 ? ["members", "customers_me"] : ["customers_me", "members"]
    for (const name of order) samples[name].push(await call(endpoints[name]))
  }

  await setStatementLogging(true)
  const sqlPerRequest = {}
  for (const [name, url] of Object.entries(endpoints)) {
    statements.length = 0
    await call(url)
    await new Promise((resolve) => setTimeout(resolve, 300))
    sqlPerRequest[name] = {
      ...(process.env.BENCH_SHOW_SQL ? { text: [...statements] } : {}),
      statements: statements.length,
      guard: statements.filter((s) => s.includes("as organization_status")).length,
      ms: statements.reduce((sum, s) => sum + Number(/duration: ([0-9.]+) ms/.exec(s)?.[1] ?? 0), 0),
    }
  }
  await setStatementLogging(false)
  if (process.env.BENCH_SHOW_SQL) console.log(sqlPerRequest)

  const result = {
    members: MEMBERS,
    requests_per_endpoint: REQUESTS,
    latency_ms: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)])),
    sql: sqlPerRequest,
  }
  const m = result.latency_ms.members
  const c = result.latency_ms.customers_me
  result.ratio = { p50: m.p50 / c.p50, p90: m.p90 / c.p90, mean: m.mean / c.mean }

  const fmt = (x) => x.toFixed(2).padStart(8)
  console.log(`\nendpoint          p50 ms   p90 ms   p99 ms  mean ms   SQL statements (guard's), SQL ms`)
  for (const [name, s] of Object.entries(result.latency_ms)) {
    console.log(
      `${name.padEnd(14)}${fmt(s.p50)} ${fmt(s.p90)} ${fmt(s.p99)} ${fmt(s.mean)}   ${sqlPerRequest[name].statements} (${sqlPerRequest[name].guard}), ${sqlPerRequest[name].ms.toFixed(2)}`
    )
  }
  console.log(`ratio members / customers/me: p50 ${result.ratio.p50.toFixed(2)}, p90 ${result.ratio.p90.toFixed(2)}, mean ${result.ratio.mean.toFixed(2)}`)
  console.log(JSON.stringify(result))
} finally {
  await cleanup()
}
