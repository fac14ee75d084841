import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { createAdminSession } from "../helpers/auth"
import { checkout, createShop, type Address } from "../helpers/checkout"
import { client, send } from "../helpers/http"
import { resetAttemptLimits } from "../helpers/limits"
import { waitFor } from "../helpers/wait"
import { createCustomerSession, createStorefront } from "../helpers/store"
import { signToken } from "../../src/lib/secrets"

jest.setTimeout(180_000)

// Short sessions, so one test can watch a session expire.
const SESSION_SECONDS = 5
process.env.B2B_PORTAL_SESSION_TTL_SECONDS = String(SESSION_SECONDS)

const NORTH: Address = { address_1: "Noordweg 1", city: "Groningen", postal_code: "9711 AA", country_code: "nl" }
const SOUTH: Address = { address_1: "Zuidweg 2", city: "Maastricht", postal_code: "6211 AA", country_code: "nl" }

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createAdminSession(getContainer(), api))
    })
    const { send: admin, ok } = client(api, () => adminHeaders)

    const recordedOrders = async () => {
      const { rows } = await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw("select count(*)::int as n from organization_order")
      return rows[0].n as number
    }

    /** Acme with two locations, an order and an installation at each; Other with one order. */
    async function setup() {
      const storefront = await createStorefront(getContainer(), "Webshop", { organizationCarts: true })
      const shop = await createShop(getContainer(), [storefront.salesChannelId])
      const anna = await createCustomerSession(api, storefront.key, "anna@acme.test")
      const olga = await createCustomerSession(api, storefront.key, "olga@other.test")
      const acme = (await ok("post", "/admin/organizations", { name: "Acme", admin: { customer_id: anna.customer.id } })).organization.id
      const other = (await ok("post", "/admin/organizations", { name: "Other", admin: { customer_id: olga.customer.id } })).organization.id
      const location = async (label: string, address: Address) =>
        (await ok("post", `/admin/organizations/${acme}/locations`, { label, ...address })).location.id as string
      const north = await location("North", NORTH)
      const south = await location("South", SOUTH)
      const orders = {
        north: (await checkout(api, anna.headers, shop, { address: NORTH })).response.data.order.id,
        south: (await checkout(api, anna.headers, shop, { address: SOUTH })).response.data.order.id,
        other: (await checkout(api, olga.headers, shop, { address: NORTH })).response.data.order.id,
      }
      const asset = async (location_id: string, name: string) =>
        ok("post", `/admin/organizations/${acme}/assets`, { location_id, name, serial_number: `SN-${name}` })
      const assets = { north: await asset(north, "Boiler North"), south: await asset(south, "Boiler South") }
      const code = async (organizationId: string, body: Record<string, unknown> = {}) =>
        ok("post", `/admin/organizations/${organizationId}/access-codes`, body)
      // Orders are recorded for the organization by a subscriber: wait for all three.
      await waitFor(recordedOrders, (n) => n === 3)
      return { storefront, acme, other, north, south, orders, assets, code }
    }
    type Setup = Awaited<ReturnType<typeof setup>>

    const open = (s: Setup, body: Record<string, unknown>) =>
      send(api, "post", "/store/portal/sessions", { body, headers: { "x-publishable-api-key": s.storefront.key } })
    const read = (s: Setup, token: string, path = "") =>
      send(api, "get", `/store/portal${path}`, {
        headers: { "x-publishable-api-key": s.storefront.key, authorization: `Bearer ${token}` },
      })
    const orderIds = (response: any) => response.data.orders.map((o: any) => o.order_id).sort()

    it("an organization code sees every location's orders and installations, nothing of another organization", async () => {
      const s = await setup()
      const { access_code, code } = await s.code(s.acme)
      expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/)
      expect(access_code).toEqual(expect.objectContaining({ enabled: true, location_id: null, requires_installation_token: false }))
      // Typed sloppily: lower case, without dashes.
      const session = await open(s, { code: code.toLowerCase().replace(/-/g, " ") })
      expect(session.status).toBe(200)
      expect(session.data.scope).toEqual({ level: "organization", organization_id: s.acme, location_id: null, asset_id: null })
      const token = session.data.token
      expect((await read(s, token)).data.portal).toEqual(
        expect.objectContaining({ level: "organization", organization: expect.objectContaining({ name: "Acme" }), location: null })
      )
      expect(orderIds(await read(s, token, "/orders"))).toEqual([s.orders.north, s.orders.south].sort())
      expect((await read(s, token, "/assets")).data.assets.map((a: any) => a.name).sort()).toEqual(["Boiler North", "Boiler South"])

      const theirs = await s.code(s.other)
      const otherSession = (await open(s, { code: theirs.code })).data.token
      expect(orderIds(await read(s, otherSession, "/orders"))).toEqual([s.orders.other])
      expect((await read(s, otherSession, "/assets")).data.assets).toEqual([])
    })

    it("a location code sees that location only", async () => {
      const s = await setup()
      const { code } = await s.code(s.acme, { location_id: s.north })
      const token = (await open(s, { code })).data.token
      expect(orderIds(await read(s, token, "/orders"))).toEqual([s.orders.north])
      expect((await read(s, token, "/assets")).data.assets.map((a: any) => a.name)).toEqual(["Boiler North"])
      expect((await read(s, token)).data.portal.location).toEqual(expect.objectContaining({ label: "North" }))
    })

    it("an installation code needs the installation's token and opens that installation only", async () => {
      const s = await setup()
      const { code } = await s.code(s.acme, { location_id: s.north, requires_installation_token: true })
      const missing = await open(s, { code })
      const wrong = await open(s, { code, token: "AAAA-BBBB-CCCC-DDDD" })
      const elsewhere = await open(s, { code, token: s.assets.south.token })
      const unknown = await open(s, { code: "ACDE-FGHJ-KMNP-QRTU" })
      for (const response of [missing, wrong, elsewhere, unknown]) {
        expect(response.status).toBe(401)
        expect(response.data.message).toBe("Invalid code or installation token")
      }
      const session = await open(s, { code, token: s.assets.north.token })
      expect(session.data.scope).toEqual(expect.objectContaining({ level: "installation", asset_id: s.assets.north.asset.id }))
      const token = session.data.token
      expect((await read(s, token, "/assets")).data.assets.map((a: any) => a.name)).toEqual(["Boiler North"])
      const orders = await read(s, token, "/orders")
      expect(orders.status).toBe(403)
      // A regenerated token: the old one no longer opens it.
      const renewed = await ok("post", `/admin/organizations/${s.acme}/assets/${s.assets.north.asset.id}/token`)
      expect(renewed.token).not.toBe(s.assets.north.token)
      expect((await open(s, { code, token: s.assets.north.token })).status).toBe(401)
      // (Five failures above used up this client's budget; start a new window.)
      await resetAttemptLimits(getContainer())
      expect((await open(s, { code, token: renewed.token })).status).toBe(200)
    })

    it("regenerating kills the old code and its sessions; disabling revokes live sessions", async () => {
      const s = await setup()
      const { access_code, code } = await s.code(s.acme)
      const token = (await open(s, { code })).data.token
      const regenerated = await ok("post", `/admin/organizations/${s.acme}/access-codes/${access_code.id}`, { regenerate: true })
      expect(regenerated.code).not.toBe(code)
      expect((await open(s, { code })).status).toBe(401)
      expect((await read(s, token)).status).toBe(401)
      const fresh = (await open(s, { code: regenerated.code })).data.token
      expect((await read(s, fresh)).status).toBe(200)

      const disabled = await ok("post", `/admin/organizations/${s.acme}/access-codes/${access_code.id}`, { enabled: false })
      expect(disabled).toEqual({ access_code: expect.objectContaining({ enabled: false }) })
      expect((await read(s, fresh, "/orders")).status).toBe(401)
      expect((await open(s, { code: regenerated.code })).status).toBe(401)
      // Switched on again: new sessions work, the revoked one stays dead.
      await ok("post", `/admin/organizations/${s.acme}/access-codes/${access_code.id}`, { enabled: true })
      expect((await read(s, fresh)).status).toBe(401)
      expect((await open(s, { code: regenerated.code })).status).toBe(200)
    })

    it("throttles guessing per client: 429 with Retry-After, even for the right code", async () => {
      const s = await setup()
      const { code } = await s.code(s.acme)
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await open(s, { code: `WRNG-CODE-${i}${i}${i}${i}-AAAA` })).status)
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
      const blocked = await open(s, { code })
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
    })

    it("a session expires; a forged or tampered one is refused; there are no write routes", async () => {
      const s = await setup()
      const { code } = await s.code(s.acme)
      const { token, expires_at } = (await open(s, { code })).data
      expect(new Date(expires_at).getTime() - Date.now()).toBeLessThanOrEqual(SESSION_SECONDS * 1000)
      const [body, signature] = token.split(".")
      const payload = JSON.parse(Buffer.from(body, "base64url").toString())
      const widened = Buffer.from(JSON.stringify({ ...payload, scope: { ...payload.scope, organization_id: s.other } })).toString("base64url")
      expect((await read(s, `${widened}.${signature}`)).status).toBe(401)
      expect((await read(s, "nonsense")).status).toBe(401)
      expect((await send(api, "get", "/store/portal", { headers: { "x-publishable-api-key": s.storefront.key } })).status).toBe(401)
      for (const path of ["/orders", "/assets", ""]) {
        const write = await send(api, "post", `/store/portal${path}`, {
          body: {},
          headers: { "x-publishable-api-key": s.storefront.key, authorization: `Bearer ${token}` },
        })
        expect(write.status).toBe(404)
      }
      await new Promise((resolve) => setTimeout(resolve, SESSION_SECONDS * 1000 + 500))
      expect((await read(s, token)).status).toBe(401)
    })

    describe("the scope comes from the database on every request, never from the token", () => {
      const jwtSecret = () => getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
      const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString())
      const codeRow = async (id: string) =>
        (
          await getContainer()
            .resolve(ContainerRegistrationKeys.PG_CONNECTION)
            .raw("select regenerated_at from portal_access_code where id = ?", [id])
        ).rows[0]

      it("a token forged with the store's JWT secret (Medusa's default here) opens no other organization", async () => {
        const s = await setup()
        const mine = (await open(s, { code: (await s.code(s.acme)).code })).data.token
        const theirs = await s.code(s.other)
        const payload = payloadOf(mine)
        const otherScope = { level: "organization", organization_id: s.other, location_id: null, asset_id: null }
        const forgeries = [
          // Our own session rewritten to name the other organization.
          { ...payload, scope: otherScope, organization_id: s.other },
          // Their code's id and generation (as if leaked), without their code.
          {
            ...payload,
            code_id: theirs.access_code.id,
            generation: new Date((await codeRow(theirs.access_code.id)).regenerated_at).getTime(),
            scope: otherScope,
          },
        ]
        for (const forged of forgeries) {
          const response = await read(s, signToken(forged, jwtSecret()), "/orders")
          expect(response.status).toBe(401)
        }
        expect(orderIds(await read(s, mine, "/orders"))).toEqual([s.orders.north, s.orders.south].sort())
      })

      it("regenerating the installation token ends that installation's sessions", async () => {
        const s = await setup()
        const { code } = await s.code(s.acme, { location_id: s.north, requires_installation_token: true })
        const token = (await open(s, { code, token: s.assets.north.token })).data.token
        expect((await read(s, token, "/assets")).status).toBe(200)
        await ok("post", `/admin/organizations/${s.acme}/assets/${s.assets.north.asset.id}/token`)
        expect((await read(s, token, "/assets")).status).toBe(401)
        expect((await read(s, token)).status).toBe(401)
      })

      it("suspending the organization ends its sessions, also after the suspension is lifted", async () => {
        const s = await setup()
        const { access_code, code } = await s.code(s.acme)
        const token = (await open(s, { code })).data.token
        const before = (await codeRow(access_code.id)).regenerated_at
        await ok("post", `/admin/organizations/${s.acme}`, { status: "suspended" })
        expect((await read(s, token, "/orders")).status).toBe(401)
        expect((await open(s, { code })).status).toBe(401)
        // A subscriber gives the codes a new generation; then lift the suspension.
        await waitFor(
          async () => (await codeRow(access_code.id)).regenerated_at,
          (at) => new Date(at).getTime() !== new Date(before).getTime()
        )
        await ok("post", `/admin/organizations/${s.acme}`, { status: "active" })
        expect((await read(s, token)).status).toBe(401)
        expect((await read(s, (await open(s, { code })).data.token)).status).toBe(200)
      })

      it("deleting the organization ends its sessions", async () => {
        const s = await setup()
        const token = (await open(s, { code: (await s.code(s.acme)).code })).data.token
        expect((await read(s, token)).status).toBe(200)
        expect((await admin("delete", `/admin/organizations/${s.acme}`)).status).toBe(200)
        expect((await read(s, token)).status).toBe(401)
        expect((await read(s, token, "/orders")).status).toBe(401)
      })
    })

    it("shows codes and tokens once: never in lists, never stored in clear", async () => {
      const s = await setup()
      const { access_code, code } = await s.code(s.acme, { location_id: s.south })
      const lists = JSON.stringify([
        await ok("get", `/admin/organizations/${s.acme}/access-codes`),
        await ok("get", `/admin/organizations/${s.acme}/assets`),
        // Asking for the hash by name gets the record without it.
        await ok("get", `/admin/organizations/${s.acme}/access-codes?fields=id,code_hash`),
        await ok("get", `/admin/organizations/${s.acme}/assets?fields=+token_hash`),
      ])
      const plain = code.replace(/-/g, "")
      for (const secret of [code, plain, s.assets.north.token, s.assets.north.token.replace(/-/g, "")]) {
        expect(lists).not.toContain(secret)
      }
      expect(lists).not.toMatch(/code_hash|token_hash/)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `select (select count(*) from portal_access_code c where row_to_json(c)::text ilike ?) +
                (select count(*) from portal_asset a where row_to_json(a)::text ilike ?) as n`,
        [`%${plain}%`, `%${s.assets.north.token.replace(/-/g, "")}%`]
      )
      expect(Number(rows[0].n)).toBe(0)
      expect(access_code).not.toHaveProperty("code_hash")
    })

    it("refuses bad input: another organization's location, unknown ids, empty changes", async () => {
      const s = await setup()
      const foreignLocation = (await ok("post", `/admin/organizations/${s.other}/locations`, { label: "Theirs", ...NORTH })).location.id
      const code = await admin("post", `/admin/organizations/${s.acme}/access-codes`, { location_id: foreignLocation })
      expect(code.status).toBe(404)
      expect(code.data.message).toBe(`Location with id: ${foreignLocation} was not found`)
      expect((await admin("post", `/admin/organizations/${s.acme}/assets`, { location_id: foreignLocation, name: "X" })).status).toBe(404)
      expect((await admin("post", `/admin/organizations/${s.acme}/assets`, { location_id: s.north })).status).toBe(400)
      const { access_code } = await s.code(s.acme)
      const empty = await admin("post", `/admin/organizations/${s.acme}/access-codes/${access_code.id}`, {})
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/enabled/)
      expect((await admin("post", `/admin/organizations/${s.other}/access-codes/${access_code.id}`, { enabled: false })).status).toBe(404)
      expect((await admin("post", `/admin/organizations/${s.acme}/assets/asset_unknown/token`)).status).toBe(404)
      expect((await open(s, {})).status).toBe(400)
    })
  },
})
