// The plugin on several instances (README "Production"): two servers and a worker of the test
// store on one Postgres and one Redis, with Medusa's Redis event bus, workflow engine and
// locking (medusa-config.ts, B2B_REDIS_URL). Each race is fired split across both servers, and
// each invariant is read back afterwards.
import { Client } from "pg"
import { adminApi, type AdminApi } from "../browser/helpers/api"
import { startStore, type Store } from "../browser/helpers/store"
import type { DemoSummary } from "../zone/helpers/zone"
import { startRedis, type Redis } from "./helpers/redis"

jest.setTimeout(300_000)

const PASSWORD = "demo-customer-password"

type Answer = { status: number; body: any }

describe("the plugin on two servers and a worker", () => {
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
      env: { B2B_REDIS_URL: redis.url, DISABLE_MEDUSA_ADMIN: "true" },
      processes: [{ MEDUSA_WORKER_MODE: "server" }, { MEDUSA_WORKER_MODE: "server" }, { MEDUSA_WORKER_MODE: "worker" }],
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

  it("serves from both servers and the worker answers its health check", async () => {
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

  /** The `b2b-member-deactivated` e-mails to `to`, once `atLeast` of them arrived (or 10 s passed). */
  async function deactivationEmails(to: string, atLeast = 1) {
    for (let attempt = 0; ; attempt++) {
      const { rows } = await database.query(`SELECT id FROM notification WHERE "to" = $1 AND template = 'b2b-member-deactivated'`, [to])
      if (rows.length >= atLeast || attempt >= 50) return rows
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  it("with the worker down, events wait in Redis and are handled once when it is back", async () => {
    const acme = organization("Acme Accountants")
    const mia = await membershipOf(acme, "mia@consultant.demo")
    const worker = store.processes[2]
    await worker.stop({ kill: true })
    try {
      await admin.post(`/admin/organizations/${acme}/members/${mia.id}`, { status: "deactivated" })
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      // The servers handle no events: nothing is sent while the worker is down.
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

  it("an event's e-mail goes out once, from the worker", async () => {
    const acme = organization("Acme Accountants")
    const rosa = await membershipOf(acme, "rosa@acme.demo")
    await admin.post(`/admin/organizations/${acme}/members/${rosa.id}`, { status: "deactivated" })
    let sent: unknown[] = []
    for (let attempt = 0; attempt < 50 && sent.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      ;({ rows: sent } = await database.query(`SELECT id FROM notification WHERE "to" = $1 AND template = 'b2b-member-deactivated'`, ["rosa@acme.demo"]))
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const { rows } = await database.query(`SELECT id FROM notification WHERE "to" = $1 AND template = 'b2b-member-deactivated'`, ["rosa@acme.demo"])
    expect(rows).toHaveLength(1)
    await admin.post(`/admin/organizations/${acme}/members/${rosa.id}`, { status: "active" })
  })
})
