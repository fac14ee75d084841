// The plugin on several instances (README "Production"): two servers and two workers of the test
// store on one Postgres and one Redis, with Medusa's Redis event bus, workflow engine and
// locking (medusa-config.ts, B2B_REDIS_URL). Each race is fired split across both servers, and
// each invariant is read back afterwards. The scheduled jobs tick every 2 s here (B2B_JOB_INTERVAL_MS).
import { Client } from "pg"
import { adminApi, type AdminApi } from "../browser/helpers/api"
import { startStore, type Store } from "../browser/helpers/store"
import type { DemoSummary } from "../zone/helpers/zone"
import { startRedis, type Redis } from "./helpers/redis"

jest.setTimeout(300_000)

const PASSWORD = "demo-customer-password"

type Answer = { status: number; body: any }

const JOB_INTERVAL_MS = 2_000

describe("the plugin on two servers and two workers", () => {
  let redis: Redis
  let store: Store
  let demo: DemoSummary
  let admin: AdminApi
  let database: Client
  let servers: [string, string]

  beforeAll(async () => {
    redis = await startRedis()
    store = await startStore({
      seed: "./demo/seed.ts",
      admin: false,
      env: { B2B_REDIS_URL: redis.url, DISABLE_MEDUSA_ADMIN: "true", B2B_JOB_INTERVAL_MS: String(JOB_INTERVAL_MS) },
      processes: [
        { MEDUSA_WORKER_MODE: "server" },
        { MEDUSA_WORKER_MODE: "server" },
        { MEDUSA_WORKER_MODE: "worker" },
        { MEDUSA_WORKER_MODE: "worker" },
      ],
    })
    demo = store.seed as DemoSummary
    servers = [store.processes[0].url, store.processes[1].url]
    admin = await adminApi(servers[0])
    database = new Client({ connectionString: store.databaseUrl })
    await database.connect()
  })

  afterAll(async () => {
    await database?.end().catch(() => undefined)
    await store?.stop()
    await redis?.stop()
  })

  /** A store request on server `server` (0 or 1), as a storefront sends it. */
  async function call(server: number, method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<Answer> {
    const response = await fetch(`${servers[server]}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": demo.publishable_keys.b2b,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json().catch(() => null) }
  }

  async function login(email: string, password = PASSWORD) {
    const { status, body } = await call(0, "POST", "/auth/customer/emailpass", { body: { email, password } })
    expect(status).toBe(200)
    return body.token as string
  }

  const organization = (name: string) => demo.organizations.find((candidate) => candidate.name === name)!.id

  async function memberships(organizationId: string) {
    const { memberships } = await admin.get(`/admin/organizations/${organizationId}/members?limit=100&fields=id,role,status,customer.email`)
    return memberships as { id: string; role: string; status: string; customer: { email: string } }[]
  }
  const membershipOf = async (organizationId: string, email: string) =>
    (await memberships(organizationId)).find((membership) => membership.customer.email === email)!

  const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort()

  it("serves from both servers and the workers answer their health checks", async () => {
    for (const one of store.processes) expect((await fetch(`${one.url}/health`)).status).toBe(200)
    const token = await login("anna@acme.demo")
    const acme = organization("Acme Accountants")
    for (const server of [0, 1]) expect((await call(server, "GET", `/store/organizations/${acme}`, { token })).status).toBe(200)
  })

  it("the last admin: two admins demoting each other on different servers leave one admin", async () => {
    const acme = organization("Acme Accountants")
    const anna = await membershipOf(acme, "anna@acme.demo")
    const ben = await membershipOf(acme, "ben@acme.demo")
    await admin.post(`/admin/organizations/${acme}/members/${ben.id}`, { role: "admin" })
    const [annaToken, benToken] = [await login("anna@acme.demo"), await login("ben@acme.demo")]

    const answers = await Promise.all([
      call(0, "POST", `/store/organizations/${acme}/members/${ben.id}`, { token: annaToken, body: { role: "buyer" } }),
      call(1, "POST", `/store/organizations/${acme}/members/${anna.id}`, { token: benToken, body: { role: "buyer" } }),
    ])
    const admins = (await memberships(acme)).filter((membership) => membership.role === "admin" && membership.status === "active")
    expect(admins).toHaveLength(1)
    // The other is refused: 409 at the last admin, or 403 once its sender is no admin any more.
    expect(statuses(answers)[0]).toBe(200)
    expect([403, 409]).toContain(statuses(answers)[1])
    // Back as the demo has it.
    await admin.post(`/admin/organizations/${acme}/members/${anna.id}`, { role: "admin" })
    await admin.post(`/admin/organizations/${acme}/members/${ben.id}`, { role: "buyer" })
  })

  it("seats at the limit: parallel assignments on both servers fill exactly the seats", async () => {
    const acme = organization("Acme Accountants")
    const { entitlement } = await admin.post(`/admin/organizations/${acme}/entitlements`, { kind: "subscription", title: "Cluster library", seats: 2 })
    const members = (await memberships(acme)).filter((membership) => membership.status === "active")
    expect(members.length).toBeGreaterThanOrEqual(4)
    const token = await login("anna@acme.demo")
    const answers = await Promise.all(
      members.slice(0, 6).map((membership, index) =>
        call(index % 2, "POST", `/store/organizations/${acme}/entitlements/${entitlement.id}/seats`, { token, body: { membership_id: membership.id } })
      )
    )
    expect(statuses(answers).filter((status) => status === 200)).toHaveLength(2)
    expect(statuses(answers).filter((status) => status !== 200).every((status) => status === 409)).toBe(true)
    const { rows } = await database.query("SELECT count(*)::int AS used FROM entitlement_seat WHERE entitlement_id = $1 AND deleted_at IS NULL", [entitlement.id])
    expect(rows[0].used).toBe(2)
  })

  it("one invitation token accepted on both servers: one membership", async () => {
    const acme = organization("Acme Accountants")
    const annaToken = await login("anna@acme.demo")
    const email = "nina@acme.demo"
    expect((await call(0, "POST", `/store/organizations/${acme}/invitations`, { token: annaToken, body: { email, role: "buyer" } })).status).toBe(200)
    const { rows } = await database.query(`SELECT data FROM notification WHERE "to" = $1 AND channel = 'email' ORDER BY created_at DESC LIMIT 1`, [email])
    const token = new URL(String(rows[0].data.accept_url)).searchParams.get("token")!

    const registered = await call(0, "POST", "/auth/customer/emailpass/register", { body: { email, password: PASSWORD } })
    expect(registered.status).toBe(200)
    expect(
      (await call(0, "POST", "/store/customers", { token: registered.body.token, body: { email, first_name: "Nina", last_name: "Cluster" } })).status
    ).toBe(200)
    const ninaToken = await login(email)
    const answers = await Promise.all([0, 1, 0, 1].map((server) => call(server, "POST", "/store/invitations/accept", { token: ninaToken, body: { token } })))
    expect(statuses(answers).filter((status) => status === 200)).toHaveLength(1)
    expect(statuses(answers).filter((status) => status !== 200).every((status) => status >= 400 && status < 500)).toBe(true)
    expect((await memberships(acme)).filter((membership) => membership.customer.email === email)).toHaveLength(1)
  })

  it("portal code guesses are counted across both servers: exactly the budget gets through", async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) => call(index % 2, "POST", "/store/portal/sessions", { body: { code: `WRNG-CODE-${1000 + index}-AAAA` } }))
    )
    // 5 wrong codes per client and window (the plugin's default), then 429 on every server.
    expect(statuses(answers).filter((status) => status === 429)).toHaveLength(7)
    expect(statuses(answers).filter((status) => status !== 429).every((status) => status >= 400 && status < 500)).toBe(true)
  })

  it("Redis frozen for 3 s during a burst of seat assignments on both servers: requests wait for it, and the seats still fill exactly", async () => {
    const acme = organization("Acme Accountants")
    const { entitlement } = await admin.post(`/admin/organizations/${acme}/entitlements`, { kind: "subscription", title: "Outage library", seats: 2 })
    const members = (await memberships(acme)).filter((membership) => membership.status === "active").slice(0, 6)
    expect(members.length).toBeGreaterThanOrEqual(4)
    const token = await login("anna@acme.demo")
    const outage = redis.pause(3_000)
    const answers = await Promise.all(
      members.map((membership, index) =>
        call(index % 2, "POST", `/store/organizations/${acme}/entitlements/${entitlement.id}/seats`, { token, body: { membership_id: membership.id } })
      )
    )
    await outage
    // The limit is decided under a Postgres row lock, never in Redis: neither open nor closed by the outage.
    expect(statuses(answers)).toEqual([200, 200, ...members.slice(2).map(() => 409)])
    const { rows } = await database.query("SELECT count(*)::int AS used FROM entitlement_seat WHERE entitlement_id = $1 AND deleted_at IS NULL", [entitlement.id])
    expect(rows[0].used).toBe(2)
    // And the servers answer as before.
    for (const server of [0, 1]) expect((await call(server, "GET", `/store/organizations/${acme}`, { token })).status).toBe(200)
  })

  /** The `b2b-member-deactivated` e-mails to `to`, once `atLeast` of them arrived (or `waitMs` passed; 0: read once). */
  async function deactivationEmails(to: string, atLeast = 1, waitMs = 10_000) {
    for (let attempt = 0; ; attempt++) {
      const { rows } = await database.query(`SELECT id FROM notification WHERE "to" = $1 AND template = 'b2b-member-deactivated'`, [to])
      if (rows.length >= atLeast || attempt * 200 >= waitMs) return rows
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  /** A product variant with a price in the demo's region, in the B2B channel. */
  async function anyVariant() {
    const { products } = (await call(1, "GET", `/store/products?region_id=${demo.region.id}&limit=20&fields=id,*variants.calculated_price`)).body
    return products.flatMap((product: any) => product.variants).find((variant: any) => variant.calculated_price?.calculated_amount > 0).id as string
  }

  /** A cart of `token`'s ready to complete on `server`: one `variantId`, shipped to `address`. */
  async function readyCart(server: number, token: string, variantId: string, address: Record<string, string>) {
    const step = async (method: string, path: string, body?: unknown) => {
      const answer = await call(server, method, path, { token, body })
      expect([path, answer.status, answer.body?.message]).toEqual([path, 200, undefined])
      return answer.body
    }
    const { cart } = await step("POST", "/store/carts", { region_id: demo.region.id })
    await step("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    await step("POST", `/store/carts/${cart.id}`, { shipping_address: { first_name: "Ben", last_name: "Jansen", ...address } })
    const { shipping_options } = await step("GET", `/store/shipping-options?cart_id=${cart.id}`)
    await step("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = await step("POST", "/store/payment-collections", { cart_id: cart.id })
    await step("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const { cart: ready } = await step("GET", `/store/carts/${cart.id}?fields=id,total`)
    return { id: cart.id as string, total: Number(ready.total) }
  }

  it("a server killed in the middle of completions under a spending limit: the other keeps serving, the limit holds, every order is recorded once", async () => {
    const acme = organization("Acme Accountants")
    const ben = await membershipOf(acme, "ben@acme.demo")
    const token = await login("ben@acme.demo")
    const variantId = await anyVariant()
    const amersfoort = { address_1: "Stationsstraat 10", city: "Amersfoort", postal_code: "3811 MH", country_code: "nl" }
    const carts = []
    for (let index = 0; index < 8; index++) carts.push(await readyCart(index % 2, token, variantId, amersfoort))
    // Room for three of the eight carts (and half of a fourth) this month.
    const spentBy = async () =>
      Number(
        (await database.query("SELECT coalesce(sum(total), 0)::float AS spent FROM organization_order WHERE membership_id = $1 AND deleted_at IS NULL", [ben.id]))
          .rows[0].spent
      )
    const limit = (await spentBy()) + carts[0].total * 3.5
    await admin.post(`/admin/organizations/${acme}/members/${ben.id}`, { spending_limit: { eur: limit } })
    const complete = (server: number, cartId: string) =>
      call(server, "POST", `/store/carts/${cartId}/complete`, { token }).catch(() => ({ status: 0, body: null }) as Answer)

    const burst = carts.map((cart, index) => complete(index % 2, cart.id))
    await new Promise((resolve) => setTimeout(resolve, 150))
    await store.processes[0].stop({ kill: true })
    let answers: Answer[]
    try {
      answers = await Promise.all(burst)
      // The other server keeps serving while the first is down, and answered each of its completions.
      expect((await call(1, "GET", `/store/organizations/${acme}`, { token })).status).toBe(200)
    } finally {
      await store.processes[0].start()
    }
    const settled = (answer: Answer) => answer.body?.type === "order" || answer.body?.code === "spending_limit_exceeded"
    expect(answers.filter((_, index) => index % 2 === 1).every(settled)).toBe(true)

    // What exists is what counts: orders of these carts (some the dead server placed without answering).
    const { rows: orders } = await database.query("SELECT order_id, cart_id FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL", [
      carts.map((cart) => cart.id),
    ])
    expect(orders.length).toBeGreaterThanOrEqual(answers.filter((answer) => answer.body?.type === "order").length)
    expect(orders.length).toBeLessThanOrEqual(3)
    // Each recorded once for Ben: at once, or by the settlement within its grace if the dead server's event was lost.
    let records: { order_id: string; membership_id: string }[] = []
    for (let waited = 0; waited < 60_000; waited += 1_000) {
      ;({ rows: records } = await database.query("SELECT order_id, membership_id FROM organization_order WHERE order_id = ANY($1) AND deleted_at IS NULL", [
        orders.map((row) => row.order_id),
      ]))
      if (records.length >= orders.length) break
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
    expect(records.map((record) => record.membership_id)).toEqual(orders.map(() => ben.id))
    expect(new Set(records.map((record) => record.order_id)).size).toBe(orders.length)
    // No reservation of a placed order is left; a dead completion's counts only until its expiry.
    const { rows: reservations } = await database.query(
      "SELECT cart_id, expires_at <= now() + interval '5 minutes' AS bounded FROM spending_reservation WHERE cart_id = ANY($1) AND deleted_at IS NULL",
      [carts.map((cart) => cart.id)]
    )
    expect(reservations.filter((row) => orders.some((order) => order.cart_id === row.cart_id))).toEqual([])
    expect(reservations.every((row) => row.bounded)).toBe(true)
    expect(await spentBy()).toBeLessThanOrEqual(limit)
    await admin.post(`/admin/organizations/${acme}/members/${ben.id}`, { spending_limit: null })
  })

  it("one approval decided on both servers at once: one decision, the others 409", async () => {
    const acme = organization("Acme Accountants")
    const [rosa, anna] = [await login("rosa@acme.demo"), await login("anna@acme.demo")]
    const variantId = await anyVariant()
    const cart = await readyCart(0, rosa, variantId, { address_1: "Dorpsstraat 1", city: "Utrecht", postal_code: "3511 AA", country_code: "nl" })
    const asked = await call(1, "POST", `/store/carts/${cart.id}/approval`, { token: rosa })
    expect(asked.status).toBe(200)
    const id = asked.body.approval.id as string
    const answers = await Promise.all(
      ["approve", "reject", "approve", "reject"].map((decision, index) =>
        call(index % 2, "POST", `/store/organizations/${acme}/approvals/${id}/${decision}`, { token: anna, body: { comment: "cluster" } })
      )
    )
    expect(statuses(answers)).toEqual([200, 409, 409, 409])
    const { rows } = await database.query("SELECT status FROM approval_request WHERE id = $1", [id])
    const winner = answers.find((answer) => answer.status === 200)!
    expect(rows[0].status).toBe(winner.body.approval.status)
  })

  it("account requests are counted across both servers: exactly the budget is accepted", async () => {
    /** A Belgian enterprise number (mod 97), a different company each time. */
    const kbo = (seed: number) => {
      const first = String(4_000_000 + seed * 7_919).padStart(8, "0")
      return `${first}${String(97 - (Number(first) % 97)).padStart(2, "0")}`
    }
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        call(index % 2, "POST", "/store/account-requests", {
          body: {
            company: {
              name: `Cluster BV ${index}`,
              vat_number: `BE${kbo(index)}`,
              registration_number: kbo(index),
              country_code: "BE",
              address: { address_1: "Wetstraat 1", city: "Brussel", postal_code: "1000", country_code: "be" },
            },
            contact: { first_name: "Cluster", last_name: `Contact ${index}`, email: `cluster-${index}@request.test`, phone: "+32 2 123 45 67" },
          },
        })
      )
    )
    // 5 accepted requests per client and hour (the plugin's default), then 429 on every server.
    expect(statuses(answers)).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
  })

  it("activation tries are counted across both servers: exactly the budget gets an answer, the rest 429", async () => {
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, index) =>
        call(index % 2, "POST", "/store/activations", { body: { token: `cluster-guess-${index}`, password: "correct-horse-battery-staple" } })
      )
    )
    // 10 tries at a token per client and 10 minutes (the plugin's default), every try counted.
    expect(statuses(answers).filter((status) => status === 429)).toHaveLength(4)
    expect(statuses(answers).filter((status) => status !== 429).every((status) => status >= 400 && status < 500)).toBe(true)
  })

  it("a scheduled job runs once per tick across both workers, and its reminder goes out once", async () => {
    const acme = organization("Acme Accountants")
    const endsAt = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString()
    await admin.post(`/admin/organizations/${acme}/entitlements`, { kind: "subscription", title: "Cluster Yearbook", seats: 1, ends_at: endsAt })
    const workers = store.processes.slice(2)
    /** The ticks each worker ran, by the time the scheduler gave them (one log line per run). */
    const ticks = () =>
      workers.map((worker) => [...worker.log().matchAll(/b2b-remind-ending-subscriptions tick (\S+):/g)].map((match) => match[1]))
    const before = ticks().flat().length
    for (let waited = 0; waited < 60_000 && ticks().flat().length < before + 5; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const all = ticks().flat()
    expect(all.length).toBeGreaterThanOrEqual(before + 5)
    // Each tick ran on one worker only: no scheduled time twice, in one worker's log or across both.
    expect(new Set(all).size).toBe(all.length)
    const { rows } = await database.query(
      `SELECT n.data->>'title' AS title FROM notification n WHERE n."to" = $1 AND n.template = 'b2b-subscription-ending'`,
      ["anna@acme.demo"]
    )
    expect(rows.filter((row) => row.title === "Cluster Yearbook")).toHaveLength(1)
  })

  it("with the workers down, events wait in Redis and are handled once when they are back", async () => {
    const acme = organization("Acme Accountants")
    const mia = await membershipOf(acme, "mia@consultant.demo")
    const workers = store.processes.slice(2)
    const worker = {
      stop: (options: { kill: boolean }) => Promise.all(workers.map((one) => one.stop(options))),
      start: () => Promise.all(workers.map((one) => one.start())),
    }
    await worker.stop({ kill: true })
    try {
      await admin.post(`/admin/organizations/${acme}/members/${mia.id}`, { status: "deactivated" })
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      // The servers handle no events: nothing is sent while the workers are down.
      const { rows } = await database.query(`SELECT id FROM notification WHERE "to" = $1 AND template = 'b2b-member-deactivated'`, ["mia@consultant.demo"])
      expect(rows).toHaveLength(0)
    } finally {
      await worker.start()
    }
    expect(await deactivationEmails("mia@consultant.demo")).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(await deactivationEmails("mia@consultant.demo", 2)).toHaveLength(1)
    await admin.post(`/admin/organizations/${acme}/members/${mia.id}`, { status: "active" })
  })

  it("the workers killed while they handle an event: after the restart its e-mail goes out once", async () => {
    const brussels = organization("Brussels Legal Partners")
    const tom = await membershipOf(brussels, "tom@brussels.demo")
    const workers = store.processes.slice(2)
    await admin.post(`/admin/organizations/${brussels}/members/${tom.id}`, { status: "deactivated" })
    // At once: the event is in Redis and a worker has it or is about to.
    await Promise.all(workers.map((worker) => worker.stop({ kill: true })))
    await Promise.all(workers.map((worker) => worker.start()))
    // A job a dead worker held is handed out again once its lock runs out (Redis' stalled-job check).
    await deactivationEmails("tom@brussels.demo", 1, 60_000)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await deactivationEmails("tom@brussels.demo", 2, 0)).toHaveLength(1)
    await admin.post(`/admin/organizations/${brussels}/members/${tom.id}`, { status: "active" })
  })

  it("an event's e-mail goes out once, from one of the workers", async () => {
    const acme = organization("Acme Accountants")
    const rosa = await membershipOf(acme, "rosa@acme.demo")
    await admin.post(`/admin/organizations/${acme}/members/${rosa.id}`, { status: "deactivated" })
    await deactivationEmails("rosa@acme.demo")
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(await deactivationEmails("rosa@acme.demo", 2, 0)).toHaveLength(1)
    await admin.post(`/admin/organizations/${acme}/members/${rosa.id}`, { status: "active" })
  })
})
