import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, GraphQLUtils, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"
import { send } from "../helpers/http"
import { createOrganizationFixture, type Actor, type OrganizationFixture } from "../helpers/organizations"

jest.setTimeout(600_000)

/**
 * A generated attack on `?fields=`: for every store route that takes it, every relation path
 * of the route's entity up to Medusa's store depth (3), read from the GraphQL schema that
 * Medusa builds from all modules' models and links (so a new model or link is attacked
 * without editing this file). Each path is asked for as a member of another organization
 * (on its own organization's routes) and as a low-permission member (the requester, on
 * Acme's); the answer must be a 400 naming the field, or a 200 that holds none of the data
 * that actor may not see. The merchant's routes are walked the same way for secrets.
 */

const DEPTH = 3

/** Asked on every route whatever its schema says: names an attacker tries first. */
const GUESSES = ["*", "organization.*", "customer.*", "cart.*", "carts.id", "memberships.customer.email", "access_groups.id", "metadata"]

/** Relation fields of every entity type: `{ Organization: { carts: "Cart", … } }`. */
function relationGraph() {
  const schemas = MedusaModule.getAllJoinerConfigs()
    .map((config) => config.schema)
    .filter(Boolean)
  const sdl = ["scalar DateTime", "scalar Date", "scalar Time", "scalar JSON", ...schemas].join("\n")
  const { schema } = GraphQLUtils.cleanGraphQLSchema(sdl)
  const types = GraphQLUtils.makeExecutableSchema({ typeDefs: schema }).getTypeMap()
  return GraphQLUtils.extractRelationsFromGQL(types as any)
}

const typeName = (entity: string) => entity.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())

/** Every relation path from `root` up to `depth` hops (`carts`, `carts.items`, …). */
function relationPaths(graph: Map<string, Map<string, string>>, root: string, depth = DEPTH) {
  const paths: string[] = []
  const walk = (type: string, prefix: string, left: number) => {
    for (const [field, target] of graph.get(type) ?? []) {
      const path = prefix ? `${prefix}.${field}` : field
      paths.push(path)
      if (left > 1) walk(target, path, left - 1)
    }
  }
  walk(root, "", depth)
  return paths
}

type Route = {
  name: string
  method: "get" | "post"
  path: (org: string, f: Extra) => string
  entity: string
  body?: unknown
  /** Medusa's own customer route serves the caller's own addresses and carts. */
  ownDataAllowed?: boolean
}
type Extra = OrganizationFixture & {
  locationOf: Record<string, string>
  approvalOf: Record<string, string>
  cartOf: Record<string, string>
  orderOf: Record<string, string>
}

/** Store routes that take `?fields=` (POSTs that refetch share the GET's config; two idempotent ones are walked too). */
const STORE_ROUTES: Route[] = [
  { name: "GET /store/organizations", method: "get", path: () => "/store/organizations", entity: "organization_membership" },
  { name: "GET /store/organizations/:id", method: "get", path: (o) => `/store/organizations/${o}`, entity: "organization" },
  { name: "POST /store/organizations/:id", method: "post", path: (o) => `/store/organizations/${o}`, entity: "organization", body: {} },
  { name: "GET …/members", method: "get", path: (o) => `/store/organizations/${o}/members`, entity: "organization_membership" },
  { name: "GET …/me", method: "get", path: (o) => `/store/organizations/${o}/me`, entity: "organization_membership" },
  {
    name: "POST …/me",
    method: "post",
    path: (o) => `/store/organizations/${o}/me`,
    entity: "organization_membership",
    body: { notification_preferences: {} },
  },
  { name: "GET …/invitations", method: "get", path: (o) => `/store/organizations/${o}/invitations`, entity: "organization_invitation" },
  { name: "GET …/locations", method: "get", path: (o) => `/store/organizations/${o}/locations`, entity: "organization_location" },
  {
    name: "GET …/locations/:location_id",
    method: "get",
    path: (o, f) => `/store/organizations/${o}/locations/${f.locationOf[o]}`,
    entity: "organization_location",
  },
  { name: "GET …/orders", method: "get", path: (o) => `/store/organizations/${o}/orders`, entity: "organization_order" },
  {
    name: "GET …/orders/:order_id",
    method: "get",
    path: (o, f) => `/store/organizations/${o}/orders/${f.orderOf[o]}`,
    entity: "organization_order",
  },
  { name: "GET …/approvals", method: "get", path: (o) => `/store/organizations/${o}/approvals`, entity: "approval_request" },
  {
    name: "GET …/approvals/:approval_id",
    method: "get",
    path: (o, f) => `/store/organizations/${o}/approvals/${f.approvalOf[o]}`,
    entity: "approval_request",
  },
  { name: "GET …/entitlements", method: "get", path: (o) => `/store/organizations/${o}/entitlements`, entity: "entitlement" },
  { name: "GET …/library", method: "get", path: (o) => `/store/organizations/${o}/library`, entity: "entitlement" },
  // Medusa's own routes, where the plugin's links (cart.organization, customer.access_groups …) could surface.
  { name: "GET /store/customers/me", method: "get", path: () => "/store/customers/me", entity: "customer", ownDataAllowed: true },
  {
    name: "GET /store/carts/:id (my organization cart)",
    method: "get",
    path: (o, f) => `/store/carts/${f.cartOf[o]}`,
    entity: "cart",
    ownDataAllowed: true,
  },
]

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: Extra
    let graph: Map<string, Map<string, string>>
    /** What each attacker may not see, as strings that must not appear in any answer. */
    const forbidden: Partial<Record<Actor, string[]>> = {}
    const own: Record<string, string[]> = {}

    beforeAll(async () => {
      const container = getContainer()
      const base = await createOrganizationFixture(container, api)
      const { acme, other } = base.organizations
      const { sessions } = base
      const customers = container.resolve(Modules.CUSTOMER)
      const carts = container.resolve(Modules.CART)
      const link = container.resolve(ContainerRegistrationKeys.LINK)

      // Private data of every customer: a saved address and a cart linked to their organization.
      const privateOf: Record<string, string[]> = {}
      for (const [actor, session] of Object.entries(sessions)) {
        const street = `Secretstraat ${actor}`
        await customers.createCustomerAddresses({ customer_id: session.customer.id, address_1: street, city: "Zwolle" })
        const cart = await carts.createCarts({ currency_code: "eur", customer_id: session.customer.id, email: session.customer.email })
        const organization = actor === "otherOrganization" ? other : actor === "outsider" ? undefined : acme
        if (organization) {
          await link.create({ [ORGANIZATION_MODULE]: { organization_id: organization }, [Modules.CART]: { cart_id: cart.id } })
        }
        privateOf[actor] = [session.customer.email, session.customer.id, street, cart.id]
      }

      // A group holding both organizations and every customer: the pivot an attacker would walk.
      const group = await base.admin("post", "/admin/access-groups", { name: "Everyone", registration_mode: "open" })
      const groupId = group.data.access_group.id
      await base.admin("post", `/admin/access-groups/${groupId}/organizations`, { add: [acme, other] })
      await base.admin("post", `/admin/access-groups/${groupId}/customers`, {
        add: Object.values(sessions).map((s) => s.customer.id),
      })

      // Other gets a location and an approval request too, so its routes have records to walk from.
      const otherLocation = await base.admin("post", `/admin/organizations/${other}/locations`, {
        label: "Other HQ",
        address_1: "Kade 9",
        city: "Gent",
        postal_code: "9000",
        country_code: "be",
      })
      const approvals = container.resolve("approval") as any
      const approvalOf: Record<string, string> = {}
      const cartOf: Record<string, string> = {}
      const orderOf: Record<string, string> = {}
      for (const [organization, actor] of [
        [acme, "requester"],
        [other, "otherOrganization"],
      ] as const) {
        const [cart] = await carts.listCarts({ customer_id: sessions[actor].customer.id })
        const membership =
          organization === acme ? base.memberships.requester : base.otherAdminMembership
        const [approval] = await approvals.createApprovalRequests([
          {
            cart_id: cart.id,
            organization_id: organization,
            requested_by: membership,
            requester_customer_id: sessions[actor].customer.id,
            status: "pending",
            currency_code: "eur",
            total: 10,
            fingerprint: "traversal-test",
            reasons: ["role"],
          },
        ])
        approvalOf[organization] = approval.id
        cartOf[organization] = cart.id
        // And an order the actor placed for it (the order detail route's record).
        const order = await container.resolve(Modules.ORDER).createOrders({
          currency_code: "eur",
          email: sessions[actor].customer.email,
          customer_id: sessions[actor].customer.id,
          items: [{ title: "Traversal guide", quantity: 1, unit_price: 10 }],
        } as any)
        await container.resolve<any>(ORGANIZATION_MODULE).createOrganizationOrders({
          organization_id: organization,
          membership_id: membership,
          order_id: order.id,
          cart_id: cart.id,
          status: "pending",
          currency_code: "eur",
          total: 10,
        })
        orderOf[organization] = order.id
      }

      f = {
        ...base,
        locationOf: { [acme]: base.locations.office, [other]: otherLocation.data.location.id },
        approvalOf,
        cartOf,
        orderOf,
      }
      const secrets = [groupId, base.publishableKey, "_hash"]
      const colleagues = (["admin", "buyer", "deactivatedAdmin"] as const).flatMap((a) => privateOf[a])
      forbidden.otherOrganization = [acme, ...colleagues, ...privateOf.requester, ...privateOf.outsider, ...secrets]
      // The requester may see its own e-mail and id; not its colleagues', their carts and
      // addresses, its own cart through the organization, the unassigned location, another organization.
      forbidden.requester = [
        ...colleagues,
        ...privateOf.otherOrganization,
        ...privateOf.outsider,
        privateOf.requester[2],
        privateOf.requester[3],
        base.locations.spare,
        other,
        ...secrets,
      ]
      own.requester = privateOf.requester
      own.otherOrganization = privateOf.otherOrganization
      graph = relationGraph()
      // Built from the schema, so the walk is only as good as this: the links must be in it.
      expect(graph.get("Organization")?.get("carts")).toBe("Cart")
      expect(graph.get("OrganizationAccessGroup")?.get("customers")).toBe("Customer")
    })

    /** Asks `route` for every relation path as `actor`; returns what leaked. */
    async function walk(route: Route, actor: "requester" | "otherOrganization") {
      const organization = actor === "requester" ? f.organizations.acme : f.organizations.other
      const root = typeName(route.entity)
      expect(graph.has(root)).toBe(true)
      const paths = relationPaths(graph, root)
      // Every relation in full, the first hop also by one field, plus what an attacker guesses without a schema.
      const asks = [...paths.flatMap((path) => (path.includes(".") ? [`*${path}`] : [`${path}.id`, `*${path}`])), ...GUESSES]
      const leaks: string[] = []
      const statuses = new Map<number, number>()
      const url = route.path(organization, f)
      for (let i = 0; i < asks.length; i += 16) {
        await Promise.all(
          asks.slice(i, i + 16).map(async (fields) => {
            const response = await send(api, route.method, `${url}?fields=${encodeURIComponent(fields)}`, {
              body: route.body,
              headers: f.headersOf(actor),
            })
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
            if (response.status === 400) {
              // The refusal names what was refused.
              if (!String(response.data.message).includes(fields.replace(/^\*/, "").replace(/\.\*$/, ""))) {
                leaks.push(`${fields}: 400 without naming the field: ${response.data.message}`)
              }
              return
            }
            const body = JSON.stringify(response.data)
            const secrets = route.ownDataAllowed ? forbidden[actor]!.filter((s) => !own[actor].includes(s)) : forbidden[actor]!
            const seen = secrets.filter((secret) => body.includes(secret))
            if (response.status >= 500 || seen.length) leaks.push(`${fields}: ${response.status} ${seen.join(", ")} ${body.slice(0, 300)}`)
          })
        )
      }
      return { leaks, asked: asks.length, statuses: Object.fromEntries(statuses) }
    }

    describe.each(STORE_ROUTES.map((route) => [route.name, route] as const))("%s", (_name, route) => {
      it.each(["otherOrganization", "requester"] as const)("leaks nothing to %s through any relation", async (actor) => {
        const { leaks, asked } = await walk(route, actor)
        expect(asked).toBeGreaterThan(GUESSES.length - 1)
        expect(leaks).toEqual([])
      })
    })

    it("still answers the allowed fields (the walk is not vacuous)", async () => {
      const members = await send(api, "get", `/store/organizations/${f.organizations.acme}/members?fields=id,customer.email`, {
        headers: f.headersOf("admin"),
      })
      expect(members.status).toBe(200)
      expect(members.data.memberships.map((m: any) => m.customer.email)).toContain("bob@acme.test")

      const refused = await send(api, "get", `/store/organizations/${f.organizations.acme}?fields=id,access_groups.customers.email`, {
        headers: f.headersOf("admin"),
      })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("access_groups.customers.email")
    })

    it("shows a member viewer without addresses.manage only the locations assigned to it", async () => {
      const acme = `/store/organizations/${f.organizations.acme}`
      const grant = await send(api, "post", `${acme}/members/${f.memberships.buyer}`, {
        body: { grants: ["members.view"] },
        headers: f.headersOf("admin"),
      })
      expect(grant.status).toBe(200)
      const locationsOf = async (actor: Actor) => {
        const response = await send(api, "get", `${acme}/members`, { headers: f.headersOf(actor) })
        expect(response.status).toBe(200)
        return response.data.memberships.find((m: any) => m.id === f.memberships.requester).locations.map((l: any) => l.id)
      }
      // The requester is assigned to the office; the buyer is not, so it does not learn of it.
      expect(await locationsOf("admin")).toEqual([f.locations.office])
      expect(await locationsOf("buyer")).toEqual([])
    })

    describe("bad list parameters are a 400 naming the parameter", () => {
      const LISTS = [
        ["store", "/store/organizations"],
        ["store", "/store/organizations/:acme/members"],
        ["store", "/store/organizations/:acme/invitations"],
        ["store", "/store/organizations/:acme/locations"],
        ["store", "/store/organizations/:acme/orders"],
        ["store", "/store/organizations/:acme/approvals"],
        ["store", "/store/organizations/:acme/entitlements"],
        ["store", "/store/organizations/:acme/library"],
        ["admin", "/admin/organizations"],
        ["admin", "/admin/organizations/:acme/locations"],
        ["admin", "/admin/organizations/:acme/orders"],
        ["admin", "/admin/approvals"],
        ["admin", "/admin/account-requests"],
      ] as const
      const BAD = [
        ["offset=-5", "offset"],
        ["limit=-1", "limit"],
        ["limit=0", "limit"],
        ["limit=1000", "limit"],
        ["limit=ten", "limit"],
        ["order=unknown_field", "order"],
        ["order=-unknown_field", "order"],
        ["order=created_at%00", "order"],
        ["order=customer.email", "order"],
        ["with_deleted=true", "with_deleted"],
      ] as const
      it.each(LISTS)("%s %s", async (side, path) => {
        const headers = side === "admin" ? f.adminHeaders : f.headersOf("admin")
        const answers = await Promise.all(
          BAD.map(async ([query, param]) => {
            const response = await send(api, "get", `${path.replace(":acme", f.organizations.acme)}?${query}`, { headers })
            return { query, status: response.status, names: String(response.data.message).includes(param) }
          })
        )
        expect(answers).toEqual(BAD.map(([query]) => ({ query, status: 400, names: true })))
      })

      it("pages up to 100 records and sorts by a listed field", async () => {
        const url = `/store/organizations/${f.organizations.acme}/members?limit=100&offset=0&order=-created_at`
        const response = await send(api, "get", url, { headers: f.headersOf("admin") })
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ limit: 100, offset: 0 }))
      })
    })

    describe("the merchant's routes hide secrets at every depth", () => {
      const ADMIN_ROUTES = [
        ["/admin/organizations", "organization"],
        ["/admin/organizations/:acme/members", "organization_membership"],
        ["/admin/organizations/:acme/invitations", "organization_invitation"],
        ["/admin/organizations/:acme/locations", "organization_location"],
        ["/admin/organizations/:acme/access-codes", "portal_access_code"],
        ["/admin/organizations/:acme/assets", "portal_asset"],
        ["/admin/account-requests", "organization_account_request"],
        ["/admin/access-groups", "organization_access_group"],
      ] as const

      it.each(ADMIN_ROUTES)("%s", async (path, entity) => {
        const url = path.replace(":acme", f.organizations.acme)
        const paths = relationPaths(graph, typeName(entity), 2).filter((p) => !p.split(".").includes("invitations"))
        const failures: string[] = []
        for (let i = 0; i < paths.length; i += 8) {
          await Promise.all(
            paths.slice(i, i + 8).map(async (relation) => {
              const response = await send(api, "get", `${url}?fields=*${relation}`, { headers: f.adminHeaders })
              const body = JSON.stringify(response.data)
              if (response.status >= 500 || /_hash"/.test(body)) failures.push(`${relation}: ${response.status} ${body.slice(0, 200)}`)
            })
          )
        }
        expect(failures).toEqual([])
      })
    })
  },
})
