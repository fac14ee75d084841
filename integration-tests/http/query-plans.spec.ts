import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { send } from "../helpers/http"
import { createOrganizationFixture, type OrganizationFixture } from "../helpers/organizations"

jest.setTimeout(600_000)

/**
 * The hot reads use indexes, not scans, once the tables are big: every statement the guard,
 * the members page, a member's orders page and the admin searches send is captured from the
 * app's own database connection while the route runs, then EXPLAINed with its parameters on a
 * database seeded with thousands of rows per table. No statement may plan a sequential scan
 * of the tables that grow with the store (the plans the planner picks for these row counts;
 * timing is the benchmark's business, `npm run bench`).
 */

const ORGANIZATIONS = 20_000
const MEMBERS_PER_ORGANIZATION = 2

/** Tables whose size grows with the store's customers and organizations. */
const BIG_TABLES = [
  "customer",
  "organization",
  "organization_membership",
  "organization_membership_location",
  "organization_location",
  "organization_order",
  "organization_account_request",
]

type Captured = { sql: string; bindings: unknown[] }
type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] }

const scansOf = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(scansOf),
]

httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: OrganizationFixture
    let knex: any
    const captured: Captured[] = []
    let capturing = false

    beforeAll(async () => {
      const container = getContainer()
      f = await createOrganizationFixture(container, api)
      // A viewer of the members page without addresses.manage: the location rule's path.
      const grant = await f.admin("post", `/admin/organizations/${f.organizations.acme}/members/${f.memberships.requester}`, {
        grants: ["members.view"],
      })
      expect(grant.status).toBe(200)
      knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      knex.on("query", (query: { sql: string; bindings?: unknown[] }) => {
        if (capturing) captured.push({ sql: query.sql, bindings: query.bindings ?? [] })
      })
      await seedBigTables(knex)
    })

    /** The SELECTs a request sent, each with the sequential scans of big tables its plan has. */
    async function seqScansOf(method: "get" | "post", url: string, headers: Record<string, string>) {
      captured.length = 0
      capturing = true
      const response = await send(api, method, url, { headers })
      capturing = false
      expect(response.status).toBe(200)
      const selects = captured.filter((q) => /^\s*(select|with)\b/i.test(q.sql))
      expect(selects.length).toBeGreaterThan(0)
      const offending: { sql: string; tables: string[] }[] = []
      for (const { sql, bindings } of selects) {
        const result = await knex.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings)
        const plan = result.rows[0]["QUERY PLAN"][0].Plan as PlanNode
        const tables = scansOf(plan).filter((table) => BIG_TABLES.includes(table))
        if (tables.length) offending.push({ sql, tables })
      }
      return { selects, offending }
    }

    it("the capture sees the statements of a route (the check can fail)", async () => {
      // A query that must scan: the same machinery reports it.
      const result = await knex.raw(`EXPLAIN (FORMAT JSON) SELECT * FROM organization_membership WHERE grants::text LIKE '%x%'`)
      expect(scansOf(result.rows[0]["QUERY PLAN"][0].Plan)).toContain("organization_membership")
      const { selects } = await seqScansOf("get", `/store/organizations/${f.organizations.acme}/me`, f.headersOf("buyer"))
      expect(selects.some((q) => q.sql.includes("organization_membership"))).toBe(true)
    })

    it("the guard (a member reading their own membership) scans no big table", async () => {
      const { offending } = await seqScansOf("get", `/store/organizations/${f.organizations.acme}/me`, f.headersOf("requester"))
      expect(offending).toEqual([])
    })

    it("the members page scans no big table, for a viewer with and without addresses.manage", async () => {
      for (const actor of ["admin", "requester"] as const) {
        const { offending } = await seqScansOf(
          "get",
          `/store/organizations/${f.organizations.acme}/members?limit=50`,
          f.headersOf(actor)
        )
        expect({ actor, offending }).toEqual({ actor, offending: [] })
      }
    })

    it("a member's orders page (own and own locations') scans no big table", async () => {
      const { offending } = await seqScansOf("get", `/store/organizations/${f.organizations.acme}/orders`, f.headersOf("requester"))
      expect(offending).toEqual([])
    })

    it("the lean members page answers what the generic query layer answers, field for field", async () => {
      const members = `/admin/organizations/${f.organizations.acme}/members`
      // `+metadata` is outside the lean read's fields, so the same page comes from query.graph.
      const cases = [
        ["limit=50", "limit=50&fields=+metadata"],
        ["order=-created_at&limit=2&offset=1", "order=-created_at&limit=2&offset=1&fields=+metadata"],
        ["role=admin", "role=admin&fields=+metadata"],
        ["status=deactivated", "status=deactivated&fields=+metadata"],
        ["fields=id,customer.email,locations.label", "fields=id,customer.email,locations.label,metadata"],
        ["offset=99", "offset=99&fields=+metadata"],
      ]
      for (const [query, genericQuery] of cases) {
        const lean = await f.admin("get", `${members}?${query}`)
        const generic = await f.admin("get", `${members}?${genericQuery}`)
        expect(lean.status).toBe(200)
        expect(generic.status).toBe(200)
        const withoutMetadata = generic.data.memberships.map(({ metadata: _m, ...rest }: Record<string, unknown>) => rest)
        expect({ query, ...lean.data }).toEqual({ query, ...generic.data, memberships: withoutMetadata })
      }
    })

    it("the trigram indexes of admin search exist (pg_trgm ships with Postgres)", async () => {
      const { rows } = await knex.raw(
        `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm' AND tablename IN ('organization', 'organization_account_request')`
      )
      expect(rows.map((r: { indexname: string }) => r.indexname).sort()).toEqual([
        "IDX_organization_account_request_company_name_trgm",
        "IDX_organization_account_request_email_trgm",
        "IDX_organization_account_request_registration_number_trgm",
        "IDX_organization_account_request_vat_number_trgm",
        "IDX_organization_legal_name_trgm",
        "IDX_organization_name_trgm",
        "IDX_organization_registration_number_trgm",
        "IDX_organization_vat_number_trgm",
      ])
    })

    it("admin search of organizations and account requests is served by an index", async () => {
      for (const url of ["/admin/organizations?q=zeldzaam", "/admin/account-requests?q=zeldzaam", "/admin/organizations?q=Acme"]) {
        const { offending } = await seqScansOf("get", url, f.adminHeaders)
        expect({ url, offending }).toEqual({ url, offending: [] })
      }
    })
  },
})

/** Thousands of rows per big table, in a few statements. */
async function seedBigTables(knex: any) {
  const orgs = ORGANIZATIONS
  const members = ORGANIZATIONS * MEMBERS_PER_ORGANIZATION
  await knex.raw(`
    INSERT INTO customer (id, email, first_name, last_name, has_account)
    SELECT 'cus_seed' || g, 'seed' || g || '@seed.test', 'Seed', 'Member ' || g, true FROM generate_series(1, ${members}) g`)
  await knex.raw(`
    INSERT INTO organization (id, name, legal_name, vat_number, registration_number, country_code)
    SELECT 'org_seed' || g, 'Company ' || g, 'Company ' || g || ' B.V.', 'NL' || lpad(g::text, 9, '0') || 'B01', lpad(g::text, 8, '0'), 'nl'
    FROM generate_series(1, ${orgs}) g`)
  await knex.raw(`
    INSERT INTO organization_location (id, organization_id, label, address_1, city, postal_code, country_code)
    SELECT 'orgloc_seed' || g, 'org_seed' || g, 'Site', 'Straat ' || g, 'Utrecht', '3511 AA', 'nl' FROM generate_series(1, ${orgs}) g`)
  await knex.raw(`
    INSERT INTO organization_membership (id, organization_id, customer_id, role)
    SELECT 'orgmem_seed' || g, 'org_seed' || (1 + (g - 1) / ${MEMBERS_PER_ORGANIZATION}), 'cus_seed' || g,
      (ARRAY['admin', 'buyer', 'requester'])[1 + g % 3]
    FROM generate_series(1, ${members}) g`)
  await knex.raw(`
    INSERT INTO organization_membership_location (organization_location_id, organization_membership_id)
    SELECT 'orgloc_seed' || (1 + (g - 1) / ${MEMBERS_PER_ORGANIZATION}), 'orgmem_seed' || g FROM generate_series(1, ${members}) g`)
  await knex.raw(`
    INSERT INTO organization_order (id, organization_id, location_id, membership_id, order_id, status, currency_code, total, raw_total)
    SELECT 'orgord_seed' || g, 'org_seed' || (1 + (g - 1) / ${MEMBERS_PER_ORGANIZATION}), 'orgloc_seed' || (1 + (g - 1) / ${MEMBERS_PER_ORGANIZATION}),
      'orgmem_seed' || g, 'order_seed' || g, 'pending', 'eur', 100, '{"value": "100", "precision": 20}'
    FROM generate_series(1, ${members}) g`)
  await knex.raw(`
    INSERT INTO organization_account_request (id, company_name, vat_number, registration_number, country_code, first_name, last_name, email, status)
    SELECT 'accreq_seed' || g, 'Applicant ' || g, 'NL' || lpad(g::text, 9, '0') || 'B02', lpad(g::text, 8, '0'), 'nl', 'Ann', 'Applicant',
      'applicant' || g || '@seed.test', (ARRAY['pending', 'approved', 'rejected'])[1 + g % 3]
    FROM generate_series(1, ${members}) g`)
  // What autovacuum does to a live database: planner statistics, and GIN pending lists merged
  // into the trigram indexes (rows inserted after an index was made wait there).
  for (const table of BIG_TABLES) await knex.raw(`VACUUM ANALYZE "${table}"`)
}
