import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ACCOUNT_REQUEST_MODULE } from "../../src/modules/account-request"
import { Migration20261201164304 } from "../../src/modules/account-request/migrations/Migration20261201164304"
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

medusaIntegrationTestRunner({
  inApp: true,
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

    describe("data migration of the account-request module", () => {
      const migrationSql = async () => {
        // The statements the migration runs, without a MikroORM migrator around it.
        const migration = Object.create(Migration20261201164304.prototype) as Migration20261201164304
        const statements: string[] = []
        Object.assign(migration, { addSql: (sql: string) => statements.push(sql) })
        await migration.up()
        return statements
      }
      const shapeOf = async (knex: any, schema: string) => {
        const columns = await knex.raw(
          `select column_name, data_type, is_nullable, column_default from information_schema.columns
            where table_schema = ? and table_name = 'organization_account_request' order by column_name`,
          [schema]
        )
        const indexes = await knex.raw(
          `select indexname, replace(indexdef, ?, '') as def from pg_indexes
            where schemaname = ? and tablename = 'organization_account_request' order by indexname`,
          [`${schema}.`, schema]
        )
        return { columns: columns.rows, indexes: indexes.rows }
      }

      it("is a no-op on a database the organization module's migrations made, and creates the table on a fresh one", async () => {
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // A row as the organization module wrote it before the split.
        await knex.raw(
          `insert into organization_account_request
             (id, status, company_name, vat_number, registration_number, country_code, first_name, last_name, email)
           values ('accreq_legacy', 'pending', 'Legacy BV', 'NL000099998B57', '34567890', 'nl', 'Old', 'Row', 'legacy@old.test')`
        )
        const before = await shapeOf(knex, "public")
        const statements = await migrationSql()
        for (const sql of statements) await knex.raw(sql)
        expect(await shapeOf(knex, "public")).toEqual(before)
        const [legacy] = await requests(container).listOrganizationAccountRequests({ id: "accreq_legacy" })
        expect(legacy).toEqual(expect.objectContaining({ company_name: "Legacy BV", status: "pending" }))

        // A fresh database (an empty schema): the same table, columns and indexes.
        await knex.raw("create schema fresh_account_request")
        try {
          await knex.transaction(async (trx: any) => {
            await trx.raw("set local search_path to fresh_account_request")
            for (const sql of statements) await trx.raw(sql)
          })
          expect(await shapeOf(knex, "fresh_account_request")).toEqual(before)
        } finally {
          await knex.raw("drop schema fresh_account_request cascade")
        }
      })
    })
  },
})
