import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { ACCOUNT_REQUEST_MODULE } from "../../src/modules/account-request"
import type AccountRequestModuleService from "../../src/modules/account-request/service"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"
import type OrganizationModuleService from "../../src/modules/organization/service"
import { changeAccessGroupMembersWorkflow, createAccessGroupWorkflow } from "../../src/workflows/access-group"
import {
  approveAccountRequestWorkflow,
  createAccountRequestWorkflow,
  rejectAccountRequestWorkflow,
  SELF_REGISTRATION,
} from "../../src/workflows/account-request"
import { createOrganizationsWorkflow } from "../../src/workflows/organization"

jest.setTimeout(120_000)

// The exported workflows, called from a merchant's own code (no HTTP, no route validators):
// the rules hold there too.

const approvedHookCalls: { id: string; organization_id: string; customer_id: string }[] = []
approveAccountRequestWorkflow.hooks.accountRequestApproved(async (outcome) => {
  approvedHookCalls.push(outcome)
})

const requestInput = (email: string, numbers = { vat_number: "NL000099998B57", registration_number: "34567890" }) => ({
  company_name: "Bakkerij Jansen",
  ...numbers,
  country_code: "nl",
  first_name: "Jan",
  last_name: "Jansen",
  email,
})

const requests = (container: MedusaContainer): AccountRequestModuleService => container.resolve(ACCOUNT_REQUEST_MODULE)
const organizations = (container: MedusaContainer): OrganizationModuleService => container.resolve(ORGANIZATION_MODULE)

/** The error a workflow run ended with (thrown errors come back serialized). */
const failureOf = (errors: { error: { message?: string; type?: string; code?: string } }[]) => errors[0]?.error

httpTestRunner({
  env: {},
  testSuite: ({ getContainer }) => {
    const create = async (email: string, extra: Record<string, unknown> = {}) => {
      const { result } = await createAccountRequestWorkflow(getContainer()).run({
        input: { ...requestInput(email), ...extra },
      })
      return result
    }

    describe("createAccountRequestWorkflow", () => {
      it("refuses an invalid VAT number, naming the field, and stores nothing", async () => {
        const { errors } = await createAccountRequestWorkflow(getContainer()).run({
          input: requestInput("bad@vat.test", { vat_number: "NL123456789B01", registration_number: "34567890" }),
          throwOnError: false,
        })
        expect(failureOf(errors)).toEqual(
          expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("vat_number") })
        )
        expect(await requests(getContainer()).listOrganizationAccountRequests({ email: "bad@vat.test" })).toEqual([])
      })

      it("stores the numbers normalized and waits for the merchant on a channel without open groups", async () => {
        const request = await create("Jan@Bakkerij.test", { vat_number: "nl 0000.99998.B57", registration_number: "3456 7890" })
        expect(request).toEqual(
          expect.objectContaining({
            status: "pending",
            email: "jan@bakkerij.test",
            vat_number: "NL000099998B57",
            registration_number: "34567890",
          })
        )
      })

      it("approves at once through a sales channel whose groups are all open (self-registration)", async () => {
        const container = getContainer()
        const channel = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "B2C" })
        const { result: group } = await createAccessGroupWorkflow(container).run({
          input: { name: "Everyone", registration_mode: "open" },
        })
        await changeAccessGroupMembersWorkflow(container).run({
          input: { access_group_id: group.id, resource: "sales-channels", add: [channel.id] },
        })

        const request = await create("self@b2c.test", { sales_channel_id: channel.id })
        expect(request.status).toBe("approved")
        const [stored] = await requests(container).listOrganizationAccountRequests({ id: request.id })
        expect(stored).toEqual(expect.objectContaining({ status: "approved", decided_by: SELF_REGISTRATION }))
        expect(stored.organization_id).toEqual(expect.stringMatching(/^org_/))
        // The new organization joined the channel's open group.
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          "select organization_id from organization_access_group_organization where organization_access_group_id = ?",
          [group.id]
        )
        expect(rows.map((r: { organization_id: string }) => r.organization_id)).toEqual([stored.organization_id])
        expect(approvedHookCalls).toContainEqual(
          expect.objectContaining({ id: request.id, organization_id: stored.organization_id })
        )
      })
    })

    describe("approve and reject", () => {
      it("refuses a second decision, before anything is created", async () => {
        const container = getContainer()
        const request = await create("twice@bakkerij.test")
        await rejectAccountRequestWorkflow(container).run({
          input: { id: request.id, reason: "Not a business", decided_by: "user_1" },
        })
        const { errors } = await approveAccountRequestWorkflow(container).run({
          input: { id: request.id, decided_by: "user_1" },
          throwOnError: false,
        })
        expect(failureOf(errors)).toEqual(expect.objectContaining({ message: expect.stringContaining("already rejected") }))
        const again = await rejectAccountRequestWorkflow(container).run({
          input: { id: request.id, reason: "Again", decided_by: "user_2" },
          throwOnError: false,
        })
        expect(failureOf(again.errors)).toEqual(expect.objectContaining({ message: expect.stringContaining("already rejected") }))
        const [stored] = await requests(container).listOrganizationAccountRequests({ id: request.id })
        expect(stored).toEqual(expect.objectContaining({ status: "rejected", reason: "Not a business", decided_by: "user_1" }))
        expect(await container.resolve(Modules.CUSTOMER).listCustomers({ email: "twice@bakkerij.test" })).toEqual([])
      })

      it("refuses an unknown request with not found", async () => {
        const { errors } = await approveAccountRequestWorkflow(getContainer()).run({
          input: { id: "accreq_unknown", decided_by: "user_1" },
          throwOnError: false,
        })
        expect(failureOf(errors)).toEqual(expect.objectContaining({ type: "not_found" }))
      })

      it("refuses a possible duplicate without allow_duplicate, and approves it with", async () => {
        const container = getContainer()
        await createOrganizationsWorkflow(container).run({
          input: { organizations: [{ name: "Bakkerij Jansen BV", vat_number: "NL000099998B57", country_code: "nl" }] },
        })
        const request = await create("dup@bakkerij.test")
        const { errors } = await approveAccountRequestWorkflow(container).run({
          input: { id: request.id, decided_by: "user_1" },
          throwOnError: false,
        })
        expect(failureOf(errors)).toEqual(expect.objectContaining({ code: "possible_duplicate" }))
        const [pending] = await requests(container).listOrganizationAccountRequests({ id: request.id })
        expect(pending.status).toBe("pending")
        expect(await organizations(container).listOrganizations({ vat_number: "NL000099998B57" })).toHaveLength(1)

        const { result } = await approveAccountRequestWorkflow(container).run({
          input: { id: request.id, decided_by: "user_1", allow_duplicate: true },
        })
        expect(result.organization_id).toEqual(expect.stringMatching(/^org_/))
        expect(await organizations(container).listOrganizations({ vat_number: "NL000099998B57" })).toHaveLength(2)
      })
    })

    describe("data migration: a database made by the organization module's migrations (before the split)", () => {
      // The organization module's migrations as of f310997 (the files are unchanged since).
      const LEGACY_UNTIL = "Migration20261201104203"
      const statementsOf = async (dir: string, filter: (name: string) => boolean = () => true) => {
        const files = fs.readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f) && filter(f.replace(/\.ts$/, ""))).sort()
        const statements: string[] = []
        for (const file of files) {
          const exported = await import(path.join(dir, file))
          const MigrationClass = Object.values(exported)[0] as { prototype: object }
          // The statements a migration runs, without a MikroORM migrator around it.
          const migration = Object.create(MigrationClass.prototype) as { up: () => Promise<void> }
          Object.assign(migration, { addSql: (sql: string) => statements.push(sql) })
          await migration.up()
        }
        return statements
      }
      const modules = path.join(__dirname, "../../src/modules")
      const TABLES = ["organization_account_request", "organization_access_group", "organization_access_group_organization"]
      const columnsOf = async (knex: any, schema: string, table: string) =>
        (
          await knex.raw(
            `select column_name, data_type, is_nullable, column_default from information_schema.columns
              where table_schema = ? and table_name = ? order by column_name`,
            [schema, table]
          )
        ).rows
      const indexesOf = async (knex: any, schema: string, table: string) =>
        (
          await knex.raw(
            `select indexname, replace(indexdef, ?, '') as def from pg_indexes
              where schemaname = ? and tablename = ? order by indexname`,
            [`${schema}.`, schema, table]
          )
        ).rows

      it("keeps its rows, and the new modules' migrations give it the shape a fresh database gets", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const legacy = await statementsOf(path.join(modules, "organization/migrations"), (name) => name <= LEGACY_UNTIL)
        const current = [
          ...(await statementsOf(path.join(modules, "account-request/migrations"))),
          ...(await statementsOf(path.join(modules, "access-group/migrations"))),
        ]
        const inSchema = (schema: string, statements: string[]) =>
          knex.transaction(async (trx: any) => {
            await trx.raw(`set local search_path to ${schema}`)
            for (const sql of statements) await trx.raw(sql)
          })
        await knex.raw("create schema legacy_b2b")
        await knex.raw("create schema fresh_b2b")
        try {
          // Before: the organization module's tables and rows, as the plugin wrote them.
          await inSchema("legacy_b2b", [
            ...legacy,
            `insert into organization (id, name) values ('org_legacy', 'Legacy BV')`,
            `insert into organization_account_request
               (id, status, company_name, vat_number, registration_number, country_code, first_name, last_name, email)
             values ('accreq_legacy', 'pending', 'Legacy BV', 'NL000099998B57', '34567890', 'nl', 'Old', 'Row', 'legacy@old.test')`,
            `insert into organization_access_group (id, name, registration_mode) values ('accgrp_legacy', 'Trade', 'approval')`,
            `insert into organization_access_group_organization (organization_access_group_id, organization_id)
             values ('accgrp_legacy', 'org_legacy')`,
          ])
          // After: the new modules' migrations, on it and on an empty database.
          await inSchema("legacy_b2b", current)
          await inSchema("fresh_b2b", current)

          const rows = async (sql: string) => (await knex.raw(sql)).rows
          expect(await rows("select id, company_name, status from legacy_b2b.organization_account_request")).toEqual([
            { id: "accreq_legacy", company_name: "Legacy BV", status: "pending" },
          ])
          expect(await rows("select id, name from legacy_b2b.organization_access_group")).toEqual([{ id: "accgrp_legacy", name: "Trade" }])
          expect(
            await rows("select id, organization_access_group_id, organization_id, deleted_at from legacy_b2b.organization_access_group_organization")
          ).toEqual([
            { id: expect.stringMatching(/^accgrporg_/), organization_access_group_id: "accgrp_legacy", organization_id: "org_legacy", deleted_at: null },
          ])
          for (const table of TABLES) {
            // The same columns as on a fresh database and as on this app's (migrated and link-synced) one.
            const columns = await columnsOf(knex, "legacy_b2b", table)
            expect(columns.length).toBeGreaterThan(0)
            expect(await columnsOf(knex, "fresh_b2b", table)).toEqual(columns)
            expect(await columnsOf(knex, "public", table)).toEqual(columns)
          }
          for (const table of TABLES.slice(0, 2)) {
            expect(await indexesOf(knex, "fresh_b2b", table)).toEqual(await indexesOf(knex, "legacy_b2b", table))
          }
        } finally {
          await knex.raw("drop schema legacy_b2b cascade")
          await knex.raw("drop schema fresh_b2b cascade")
        }
      })

      it("reads rows the organization module wrote through the new modules and links", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex.raw(
          `insert into organization_account_request
             (id, status, company_name, vat_number, registration_number, country_code, first_name, last_name, email)
           values ('accreq_legacy', 'pending', 'Legacy BV', 'NL000099998B57', '34567890', 'nl', 'Old', 'Row', 'legacy@old.test')`
        )
        const [request] = await requests(container).listOrganizationAccountRequests({ id: "accreq_legacy" })
        expect(request).toEqual(expect.objectContaining({ company_name: "Legacy BV", status: "pending" }))

        const { result } = await createOrganizationsWorkflow(container).run({ input: { organizations: [{ name: "Acme" }] } })
        const { result: group } = await createAccessGroupWorkflow(container).run({ input: { name: "Trade" } })
        await changeAccessGroupMembersWorkflow(container).run({
          input: { access_group_id: group.id, resource: "organizations", add: [result[0].id] },
        })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [organization] } = await query.graph({
          entity: "organization",
          fields: ["id", "access_groups.id", "access_groups.name"],
          filters: { id: result[0].id },
        })
        expect(organization.access_groups).toEqual([expect.objectContaining({ id: group.id, name: "Trade" })])
        const { data: [withOrganizations] } = await query.graph({
          entity: "organization_access_group",
          fields: ["id", "organizations.id"],
          filters: { id: group.id },
        })
        expect(withOrganizations.organizations).toEqual([expect.objectContaining({ id: result[0].id })])
      })
    })
  },
})
