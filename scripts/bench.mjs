// `npm run bench`: every measure of issue 18's table in one run, side by side (not a test; it
// asserts nothing). Real `medusa start` servers on one embedded Postgres in memory: the plugin's
// store (this project) and, for the checkout and batch references, a plain Medusa store of the
// same Medusa install without the plugin. Requests of the compared sides are interleaved; every
// figure is the median of --runs runs. Prints a table and, last, one JSON line.
//   node scripts/bench.mjs [--runs 3] [--only members,checkout,scale,search,batch]
//     [--requests 200] [--carts 40] [--pause 250] [--batch-size 1000] [--plugin-dir DIR] [--keep] [--show-sql]
// Measures (README "Benchmarks"):
//   members   GET /store/organizations/:id/members?limit=50, org of 10,000, p95 ÷ GET /store/customers/me p95
//   checkout  POST /store/carts/:id/complete of an organization buyer (no approval) ÷ the plain store's
//   scale     members page and a buyer's orders page at 500,000 memberships ÷ near-empty database
//   search    GET /admin/organizations?q= at 100,000 organizations ÷ at 10,000 (and account requests)
//   batch     POST /admin/organizations/:id/members/batch of 1,000 ÷ Medusa creating 1,000 customers
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import * as bulk from "./bench/bulk-sql.mjs"
import { median, percentile, summarize, interleaved } from "./bench/stats.mjs"
import {
  adminHeaders,
  completeCart,
  customerSession,
  makePlainStoreDir,
  prepareCart,
  startBenchPostgres,
  store,
} from "./bench/stores.mjs"
import { projectRoot } from "./medusa-process.mjs"

const ALL = ["members", "checkout", "scale", "search", "batch"]
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    only: { type: "string" },
    requests: { type: "string", default: "200" },
    carts: { type: "string", default: "40" },
    // Milliseconds after each completion for what it left to subscribers to settle.
    pause: { type: "string", default: "250" },
    "batch-size": { type: "string", default: "1000" },
    "big-members": { type: "string", default: "10000" },
    port: { type: "string", default: "9100" },
    // Another checkout of the plugin project to measure (its own src/), e.g. a worktree.
    "plugin-dir": { type: "string" },
    keep: { type: "boolean", default: false },
    "show-sql": { type: "boolean", default: false },
  },
})
const RUNS = Number(args.runs)
const REQUESTS = Number(args.requests)
const CARTS = Number(args.carts)
const PAUSE = Number(args.pause)
const BATCH = Number(args["batch-size"])
const BIG = Number(args["big-members"])
const selected = new Set(args.only ? args.only.split(",").map((s) => s.trim()) : ALL)
for (const name of selected) if (!ALL.includes(name)) throw new Error(`--only: unknown measure ${name} (${ALL.join(", ")})`)
const has = (name) => selected.has(name)

const startedAt = Date.now()
const log = (message) => process.stdout.write(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null)
async function timed(what, work) {
  const at = Date.now()
  log(`${what}…`)
  const result = await work()
  log(`${what}: ${((Date.now() - at) / 1000).toFixed(1)} s`)
  return result
}

const OFFICE = { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" }
const DEPOT = { address_1: "Havenweg 5", city: "Rotterdam", postal_code: "3011 AB", country_code: "nl" }

const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-bench-logs-"))
const postgres = await startBenchPostgres()
const stores = []
let plainDir = null
let failed = false
async function cleanup() {
  for (const s of stores) await s.stop()
  await postgres.destroy()
  if (plainDir) fs.rmSync(plainDir, { recursive: true, force: true })
  if (!failed && !args.keep) fs.rmSync(logDir, { recursive: true, force: true })
  else log(`server logs kept in ${logDir}`)
}
process.on("SIGINT", () => {
  failed = true
  cleanup().then(() => process.exit(130))
})

/** Statements one request costs in one store, read from Postgres's log: until the answer, and with what follows within `settleMs`. */
async function statementsOf(s, work, settleMs = 2500) {
  await postgres.setStatementLogging(true)
  const from = postgres.statements.length
  const t0 = Date.now()
  await work()
  const t1 = Date.now()
  await sleep(settleMs)
  await postgres.setStatementLogging(false)
  const mine = postgres.statements.slice(from).filter((st) => st.db === s.database && st.at >= t0 - 5)
  const beforeAnswer = mine.filter((st) => st.at <= t1 + 5)
  const ms = (list) => list.reduce((sum, st) => sum + Number(/duration: ([0-9.]+) ms/.exec(st.text)?.[1] ?? 0), 0)
  return {
    statements: beforeAnswer.length,
    sql_ms: round(ms(beforeAnswer)),
    with_background: mine.length,
    // How long after the answer the last statement of what it left to subscribers came.
    background_ms: Math.max(0, ...mine.map((st) => st.at - t1)),
    ...(args["show-sql"] ? { text: beforeAnswer.map((st) => st.text) } : {}),
  }
}

/** `runs` runs of `requests` interleaved rounds over `endpoints` ({ name: () => Promise<ms> }), after a warm-up. */
async function sampleInterleaved(endpoints, { requests = REQUESTS, warmup = 30 } = {}) {
  const names = Object.keys(endpoints)
  for (let i = 0; i < warmup; i++) for (const name of names) await endpoints[name]()
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const samples = Object.fromEntries(names.map((n) => [n, []]))
    for (let i = 0; i < requests; i++) {
      // Rotate who goes first, so no endpoint always runs right after the same one.
      const order = names.map((_, k) => names[(k + i) % names.length])
      for (const name of order) samples[name].push(await endpoints[name]())
    }
    runs.push(Object.fromEntries(names.map((n) => [n, summarize(samples[n])])))
  }
  return runs
}

/** Medians over runs of each endpoint's p50 and p95. */
const medians = (runs, name) => ({ p50: median(runs.map((r) => r[name].p50)), p95: median(runs.map((r) => r[name].p95)) })

const rows = []
const result = { runs: RUNS, measures: {} }
/** A line of the table; `key` (a measure of ALL) orders the table as the issue's. */
function row(key, measure, goal, ratio, detail, { limit = null } = {}) {
  rows.push({
    key,
    measure,
    goal: limit == null ? goal : `≤ ${limit}`,
    measured: ratio == null ? "n/a" : ratio.toFixed(2),
    detail,
    pass: ratio == null || limit == null ? "-" : ratio <= limit ? "pass" : "FAIL",
  })
}

try {
  // ---------------------------------------------------------------- the stores
  const needsPlain = has("checkout") || has("batch")
  const pluginDir = args["plugin-dir"] ? path.resolve(args["plugin-dir"]) : projectRoot
  const plugin = store({ name: "plugin", dir: pluginDir, postgres, database: "bench_plugin", port: Number(args.port), logDir })
  stores.push(plugin)
  if (needsPlain) {
    plainDir = makePlainStoreDir()
    stores.push(store({ name: "plain", dir: plainDir, postgres, database: "bench_plain", port: Number(args.port) + 1, logDir }))
  }
  const plain = stores.find((s) => s.name === "plain")
  await timed(`Setting up ${stores.map((s) => s.name).join(" and ")} store (migrate, seed shop, medusa start)`, () =>
    Promise.all(
      stores.map(async (s) => {
        await postgres.createDatabase(s.database)
        await s.medusa(["db:migrate"])
        const output = path.join(logDir, `${s.name}-shop.json`)
        await s.medusa(["exec", path.join(projectRoot, "bench", "seed-shop.ts")], { BENCH_OUTPUT: output })
        s.shop = JSON.parse(fs.readFileSync(output, "utf8"))
        await s.start()
        s.admin = await adminHeaders(s.http, s.shop.admin)
      })
    )
  )
  const sql = (...statements) => postgres.sql(plugin.database, ...statements)
  const key = plugin.shop.publishableKey

  // ---------------------------------------------------------------- near-empty database
  // The small organization of the scale measure, whose buyer also checks out: 50 members, an
  // office and a depot; the buyer is assigned to the depot.
  let small = null
  if (has("checkout") || has("scale")) {
    small = await timed("Creating the small organization (50 members, 2 locations)", async () => {
      const admin = await customerSession(plugin.http, key, "small-admin@bench.test")
      const buyer = await customerSession(plugin.http, key, "small-buyer@bench.test")
      const { organization } = await plugin.http.ok("post", "/admin/organizations", {
        body: { name: "Bench Small Org", admin: { customer_id: admin.customerId } },
        headers: plugin.admin,
      })
      const location = async (label, address) =>
        (await plugin.http.ok("post", `/admin/organizations/${organization.id}/locations`, { body: { label, ...address }, headers: plugin.admin })).location.id
      const office = await location("Office", OFFICE)
      const depot = await location("Depot", DEPOT)
      const { membership } = await plugin.http.ok("post", `/admin/organizations/${organization.id}/members`, {
        body: { customer_id: buyer.customerId, role: "buyer" },
        headers: plugin.admin,
      })
      await plugin.http.ok("post", `/admin/organizations/${organization.id}/members/${membership.id}`, {
        body: { location_ids: [depot] },
        headers: plugin.admin,
      })
      await sql(...bulk.membersOf(organization.id, 48, "small"), ...bulk.assignLocations(organization.id, [office, depot]))
      return { id: organization.id, admin, buyer, office, depot, orders: 0 }
    })
  }

  if (has("checkout")) {
    const plainBuyer = await customerSession(plain.http, plain.shop.publishableKey, "plain-buyer@bench.test")
    const sides = {
      plugin: { s: plugin, session: small.buyer, createHeaders: { "x-organization-id": small.id }, carts: [] },
      plain: { s: plain, session: plainBuyer, createHeaders: {}, carts: [] },
    }
    const WARMUP = 3
    const PREPARE_AT_ONCE = 3
    const total = RUNS * CARTS + WARMUP + 1
    // Prepared a few at a time (nothing is measured here), after a first one alone: a
    // customer's first payment session creates their account holder, which two at once clash on.
    await timed(`Preparing ${total} carts in each store`, () =>
      Promise.all(
        Object.values(sides).map(async (side) => {
          side.carts.push(await prepareCart(side.s.http, side.session, side.s.shop, DEPOT, side.createHeaders))
          for (let i = 1; i < total; i += PREPARE_AT_ONCE) {
            const batch = Array.from({ length: Math.min(PREPARE_AT_ONCE, total - i) }, () =>
              prepareCart(side.s.http, side.session, side.s.shop, DEPOT, side.createHeaders)
            )
            side.carts.push(...(await Promise.all(batch)))
          }
        })
      )
    )
    const complete = async (name) => {
      const side = sides[name]
      const { ms } = await completeCart(side.s.http, side.session, side.carts.shift())
      // What the completion leaves to subscribers (order.placed) settles before the next one.
      await sleep(PAUSE)
      return ms
    }
    const runs = await timed(`Completing ${RUNS} × ${CARTS} carts per store, interleaved`, async () => {
      for (let i = 0; i < WARMUP; i++) for (const name of interleaved(i, ["plugin", "plain"])) await complete(name)
      const runs = []
      for (let run = 0; run < RUNS; run++) {
        const samples = { plugin: [], plain: [] }
        for (let i = 0; i < CARTS; i++) for (const name of interleaved(i, ["plugin", "plain"])) samples[name].push(await complete(name))
        // Each round's two completions ran back to back: their ratio cancels the machine's drift
        // (its speed varies by tens of percent within minutes on a shared 2-core machine).
        const paired = median(samples.plugin.map((ms, k) => ms / samples.plain[k]))
        runs.push({ plugin: summarize(samples.plugin), plain: summarize(samples.plain), paired, samples })
      }
      return runs
    })
    small.orders += total - 1
    // Statements of one completion, and of one cart creation, in each store (no pause inside the window).
    const statements = {}
    const creation = {}
    for (const [name, side] of Object.entries(sides)) {
      statements[name] = await statementsOf(side.s, () => completeCart(side.s.http, side.session, side.carts.shift()))
      creation[name] = await statementsOf(side.s, () =>
        side.s.http.ok("post", "/store/carts", { body: { region_id: side.s.shop.regionId }, headers: { ...side.session.headers, ...side.createHeaders } })
      )
    }
    small.orders += 1
    // The plugin's completions must have been organization orders (recorded by its subscriber).
    await sleep(1000)
    const recorded = (await sql(`SELECT count(*)::int AS n FROM organization_order WHERE organization_id = '${small.id}'`)).rows[0].n
    log(`${recorded} of ${small.orders} completions recorded as the organization's orders`)
    const ratio = median(runs.map((r) => r.paired))
    const ratioOfP50 = median(runs.map((r) => r.plugin.p50 / r.plain.p50))
    const ratioP95 = median(runs.map((r) => r.plugin.p95 / r.plain.p95))
    const m = { plugin: medians(runs, "plugin"), plain: medians(runs, "plain") }
    result.measures.checkout = {
      ratio_paired: round(ratio, 3),
      ratio_p50: round(ratioOfP50, 3),
      ratio_p95: round(ratioP95, 3),
      runs_paired: runs.map((r) => round(r.paired, 3)),
      runs_p50: runs.map((r) => round(r.plugin.p50 / r.plain.p50, 3)),
      ms: m,
      samples: runs.map((r) => ({ plugin: r.samples.plugin.map((x) => round(x, 1)), plain: r.samples.plain.map((x) => round(x, 1)) })),
      runs,
      sql: statements,
      cart_creation_sql: creation,
    }
    row(
      "checkout",
      "cart completion, org buyer, no approval ÷ plain Medusa (paired p50)",
      null,
      ratio,
      `runs ${runs.map((r) => r.paired.toFixed(3)).join(", ")}; ratio of p50s ${ratioOfP50.toFixed(3)} (runs ${runs.map((r) => (r.plugin.p50 / r.plain.p50).toFixed(3)).join(", ")}); p50 ${m.plugin.p50.toFixed(0)} vs ${m.plain.p50.toFixed(0)} ms, p95 ratio ${ratioP95.toFixed(2)}; completion SQL ${statements.plugin.statements} vs ${statements.plain.statements} until answered (${statements.plugin.with_background} vs ${statements.plain.with_background} within 2.5 s, the last ${statements.plugin.background_ms} vs ${statements.plain.background_ms} ms after the answer; pause ${PAUSE} ms between completions); cart creation SQL ${creation.plugin.statements} vs ${creation.plain.statements}`,
      { limit: 1.1 }
    )
  }

  // The members page (as the organization's admin) and the buyer's orders page of the small organization.
  const scaleEndpoints = () => ({
    members: async () => (await plugin.http.timed("get", `/store/organizations/${small.id}/members?limit=50`, { headers: small.admin.headers })).ms,
    orders: async () => (await plugin.http.timed("get", `/store/organizations/${small.id}/orders`, { headers: small.buyer.headers })).ms,
  })
  let scaleNearEmpty = null
  if (has("scale")) {
    if (small.orders < 10) {
      await timed("Placing 10 orders for the small organization's buyer", async () => {
        for (let i = 0; i < 10; i++) {
          const cartId = await prepareCart(plugin.http, small.buyer, plugin.shop, DEPOT, { "x-organization-id": small.id })
          await completeCart(plugin.http, small.buyer, cartId)
        }
        small.orders += 10
        await sleep(1000)
      })
    }
    await sql("VACUUM ANALYZE")
    scaleNearEmpty = await timed("Members and orders pages on the near-empty database", () => sampleInterleaved(scaleEndpoints()))
  }

  if (has("batch")) {
    const runs = []
    /** One batch request adding `size` new members to a new organization: its time, or null without the route. */
    const addBatch = async (tag, size) => {
      const { organization } = await plugin.http.ok("post", "/admin/organizations", { body: { name: `Bench Batch Org ${tag}` }, headers: plugin.admin })
      const members = Array.from({ length: size }, (_, i) => ({
        email: `batch-${tag}-${i}@bench.test`,
        first_name: "Batch",
        last_name: String(i),
        role: "buyer",
      }))
      const t0 = performance.now()
      const response = await plugin.http.send("post", `/admin/organizations/${organization.id}/members/batch`, {
        body: { members },
        headers: plugin.admin,
      })
      const ms = performance.now() - t0
      // Without the route, "batch" reads as a membership id: 404, or the member update's 400 on `members`.
      if (response.status === 404 || (response.status === 400 && /Unrecognized fields: 'members'/.test(JSON.stringify(response.data)))) {
        return null
      }
      if (response.status !== 200) throw new Error(`members/batch answered ${response.status}: ${JSON.stringify(response.data).slice(0, 400)}`)
      const { rows } = await sql(`SELECT count(*)::int AS n FROM organization_membership WHERE organization_id = '${organization.id}' AND deleted_at IS NULL`)
      if (rows[0].n !== size) throw new Error(`members/batch made ${rows[0].n} memberships of ${size}`)
      return ms
    }
    // A small batch first: it tells whether the route exists, and warms the workflow up.
    const missing = (await addBatch("warmup", 10)) == null
    if (!missing) {
      await timed(`Adding ${BATCH} members in one batch request vs ${BATCH} POST /admin/customers, ${RUNS} runs`, async () => {
        for (let run = 0; run < RUNS; run++) {
          const batchMs = await addBatch(run, BATCH)
          const t1 = performance.now()
          for (let i = 0; i < BATCH; i++) {
            await plain.http.ok("post", "/admin/customers", {
              body: { email: `sequential-${run}-${i}@bench.test`, first_name: "Sequential", last_name: String(i) },
              headers: plain.admin,
            })
          }
          runs.push({ batch_ms: batchMs, sequential_ms: performance.now() - t1 })
        }
      })
    }
    let workflowMs = []
    if (!missing) {
      workflowMs = await timed(`${RUNS} createCustomersWorkflow runs of ${BATCH} in the plain store (medusa exec)`, async () => {
        const output = path.join(logDir, "create-customers.json")
        await plain.medusa(["exec", path.join(projectRoot, "bench", "create-customers.ts")], {
          BENCH_OUTPUT: output,
          BENCH_RUNS: String(RUNS),
          BENCH_CUSTOMERS: String(BATCH),
        })
        return JSON.parse(fs.readFileSync(output, "utf8")).durations
      })
    }
    if (missing) {
      result.measures.batch = { missing: true }
      row("batch", `add ${BATCH} members (one batch request) ÷ ${BATCH} sequential POST /admin/customers`, "≤ 2", null, "n/a (route missing)")
      row("batch", `add ${BATCH} members (one batch request) ÷ createCustomersWorkflow of ${BATCH}`, "≤ 2", null, "n/a (route missing)")
    } else {
      const batchMs = median(runs.map((r) => r.batch_ms))
      const sequentialMs = median(runs.map((r) => r.sequential_ms))
      const workflow = median(workflowMs)
      result.measures.batch = {
        batch_ms: round(batchMs, 0),
        sequential_ms: round(sequentialMs, 0),
        workflow_ms: round(workflow, 0),
        ratio_sequential: round(batchMs / sequentialMs),
        ratio_workflow: round(batchMs / workflow),
        runs,
        workflow_runs_ms: workflowMs.map((x) => round(x, 0)),
      }
      row("batch", `add ${BATCH} members (one batch request) ÷ ${BATCH} sequential POST /admin/customers`, null, batchMs / sequentialMs, `${(batchMs / 1000).toFixed(1)} s vs ${(sequentialMs / 1000).toFixed(1)} s`, { limit: 2 })
      row("batch", `add ${BATCH} members (one batch request) ÷ createCustomersWorkflow of ${BATCH}`, null, batchMs / workflow, `${(batchMs / 1000).toFixed(1)} s vs ${(workflow / 1000).toFixed(1)} s in-process`, { limit: 2 })
    }
  }

  // ---------------------------------------------------------------- 10,000 organizations × 50 members
  if (has("members") || has("scale") || has("search")) {
    await timed("Bulk loading 10,000 organizations × 50 members (500,000 memberships), 10,000 account requests", async () => {
      await sql(
        ...bulk.organizations(1, 10_000, { locations: true }),
        ...bulk.members(1, 10_000, 50, { orders: 5 }),
        ...bulk.rareOrganizations(),
        ...bulk.accountRequests(1, 10_000),
        ...bulk.rareAccountRequests()
      )
    })
    let big = null
    if (has("members")) {
      big = await timed(`Creating the big organization (${BIG} members)`, async () => {
        const admin = await customerSession(plugin.http, key, "big-admin@bench.test")
        const { organization } = await plugin.http.ok("post", "/admin/organizations", {
          body: { name: "Bench Big Org", admin: { customer_id: admin.customerId } },
          headers: plugin.admin,
        })
        await sql(...bulk.membersOf(organization.id, BIG - 1, "big"))
        return { id: organization.id, admin }
      })
    }
    await timed("VACUUM ANALYZE", () => sql("VACUUM ANALYZE"))
    const counts = (await sql("SELECT (SELECT count(*) FROM organization_membership)::int AS memberships, (SELECT count(*) FROM organization)::int AS organizations")).rows[0]
    log(`${counts.organizations} organizations, ${counts.memberships} memberships`)

    if (has("scale")) {
      const loaded = await timed("Members and orders pages at 500,000 memberships", () => sampleInterleaved(scaleEndpoints()))
      const before = { members: medians(scaleNearEmpty, "members"), orders: medians(scaleNearEmpty, "orders") }
      const after = { members: medians(loaded, "members"), orders: medians(loaded, "orders") }
      result.measures.scale = { memberships: counts.memberships, near_empty: before, loaded: after, runs: { near_empty: scaleNearEmpty, loaded } }
      for (const name of ["members", "orders"]) {
        const ratio = after[name].p50 / before[name].p50
        result.measures.scale[`ratio_${name}_p50`] = round(ratio)
        result.measures.scale[`ratio_${name}_p95`] = round(after[name].p95 / before[name].p95)
        row(
          "scale",
          `${name === "members" ? "members page" : "buyer's orders page"}, ${counts.memberships.toLocaleString("en")} memberships ÷ near-empty (p50)`,
          null,
          ratio,
          `p50 ${after[name].p50.toFixed(1)} vs ${before[name].p50.toFixed(1)} ms; p95 ${after[name].p95.toFixed(1)} vs ${before[name].p95.toFixed(1)} ms (ratio ${(after[name].p95 / before[name].p95).toFixed(2)})`,
          { limit: 1.2 }
        )
      }
    }

    const searchCases = {
      organizations_rare: `/admin/organizations?q=${bulk.RARE_WORD}`,
      organizations_common: `/admin/organizations?q=${bulk.COMMON_WORD}`,
      account_requests_rare: `/admin/account-requests?q=${bulk.RARE_WORD}`,
      account_requests_common: `/admin/account-requests?q=${bulk.COMMON_WORD}`,
    }
    const searchEndpoints = () =>
      Object.fromEntries(Object.entries(searchCases).map(([name, url]) => [name, async () => (await plugin.http.timed("get", url, { headers: plugin.admin })).ms]))
    let searchSmall = null
    if (has("search")) {
      searchSmall = await timed("Admin searches at 10,000 organizations", () => sampleInterleaved(searchEndpoints(), { requests: Math.ceil(REQUESTS / 2) }))
    }

    if (has("members")) {
      const endpoints = {
        members: `/store/organizations/${big.id}/members?limit=50`,
        customers_me: "/store/customers/me",
      }
      const first = JSON.parse(Buffer.from((await plugin.http.timed("get", endpoints.members, { headers: big.admin.headers })).body).toString())
      log(`members page: ${first.memberships?.length} of count ${first.count}`)
      const runs = await timed(`Members page (org of ${BIG}) vs customers/me`, () =>
        sampleInterleaved(
          Object.fromEntries(Object.entries(endpoints).map(([name, url]) => [name, async () => (await plugin.http.timed("get", url, { headers: big.admin.headers })).ms])),
          { requests: REQUESTS, warmup: 50 }
        )
      )
      const statements = {}
      for (const [name, url] of Object.entries(endpoints)) {
        statements[name] = await statementsOf(plugin, () => plugin.http.timed("get", url, { headers: big.admin.headers }), 300)
      }
      const ratio = median(runs.map((r) => r.members.p95 / r.customers_me.p95))
      const ratioP50 = median(runs.map((r) => r.members.p50 / r.customers_me.p50))
      const m = { members: medians(runs, "members"), customers_me: medians(runs, "customers_me") }
      result.measures.members = { ratio_p95: round(ratio), ratio_p50: round(ratioP50), ms: m, runs, sql: statements }
      row(
        "members",
        `members page (org of ${BIG.toLocaleString("en")}) ÷ customers/me (p95)`,
        null,
        ratio,
        `p95 ${m.members.p95.toFixed(1)} vs ${m.customers_me.p95.toFixed(1)} ms, p50 ratio ${ratioP50.toFixed(2)}; SQL ${statements.members.statements} vs ${statements.customers_me.statements}`,
        { limit: 1.5 }
      )
    }

    // ---------------------------------------------------------------- 100,000 organizations
    if (has("search")) {
      await timed("Bulk loading 90,000 more organizations and account requests", async () => {
        await sql(...bulk.organizations(10_001, 100_000), ...bulk.accountRequests(10_001, 100_000))
        await sql("VACUUM ANALYZE")
      })
      const searchBig = await timed("Admin searches at 100,000 organizations", () => sampleInterleaved(searchEndpoints(), { requests: Math.ceil(REQUESTS / 2) }))
      result.measures.search = {}
      for (const name of Object.keys(searchCases)) {
        const before = medians(searchSmall, name)
        const after = medians(searchBig, name)
        const ratio = after.p50 / before.p50
        result.measures.search[name] = { at_10k: before, at_100k: after, ratio_p50: round(ratio), ratio_p95: round(after.p95 / before.p95) }
        const [entity, kind] = name.startsWith("organizations") ? ["organization", name.slice(14)] : ["account-request", name.slice(17)]
        row(
          "search",
          `admin ${entity} search, ${kind} word, 100k ÷ 10k (p50)${entity === "organization" ? "" : " [report]"}`,
          null,
          ratio,
          `p50 ${after.p50.toFixed(1)} vs ${before.p50.toFixed(1)} ms; p95 ratio ${(after.p95 / before.p95).toFixed(2)}`,
          { limit: 2 }
        )
      }
    }
  }

  // ---------------------------------------------------------------- report
  result.seconds = Math.round((Date.now() - startedAt) / 1000)
  rows.sort((a, b) => ALL.indexOf(a.key) - ALL.indexOf(b.key))
  result.rows = rows
  const widths = ["measure", "goal", "measured", "pass"].map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)))
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")
  console.log(`\nnpm run bench: medians of ${RUNS} runs, ${result.seconds} s`)
  console.log(line(["measure", "goal", "measured", "pass"]))
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"))
  for (const r of rows) {
    console.log(line([r.measure, r.goal, r.measured, r.pass]))
    console.log(`    ${r.detail}`)
  }
  if (args["show-sql"]) console.log(JSON.stringify(Object.fromEntries(Object.entries(result.measures).map(([k, v]) => [k, v.sql]))))
  console.log(JSON.stringify({ ...result, measures: Object.fromEntries(Object.entries(result.measures).map(([k, { runs, ...v }]) => [k, v])) }))
} catch (error) {
  failed = true
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanup()
  process.exit(failed ? 1 : 0)
}
