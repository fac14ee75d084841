import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { httpTestRunner } from "../helpers/runner"
import { ACCESS_GROUP_MODULE } from "../../src/modules/access-group"
import type AccessGroupModuleService from "../../src/modules/access-group/service"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"
import type OrganizationModuleService from "../../src/modules/organization/service"
import { createAccessGroupWorkflow } from "../../src/workflows/access-group"
import { createOrganizationsWorkflow } from "../../src/workflows/organization"

jest.setTimeout(120_000)

// A merchant's hook handler on the plugin's workflows, as Medusa's core flows have them: the hook
// receives the workflow's result and the caller's `additional_data`; a handler that throws fails
// the workflow, which undoes its earlier steps. Handlers are registered once per process, so once
// here, at the top of the file (README: "Hooks and events" shows the block below).

type ErpAccount = { id: string; erp_id: string; organization: { id: string; name: string } }

/** The merchant's ERP client: in-memory here. "ERP-REFUSED" is an account the ERP refuses. */
const accounts: ErpAccount[] = []
const unlinked: string[] = []
const erp = (_container: MedusaContainer) => ({
  async link(erpId: string, organization: { id: string; name: string }) {
    if (erpId === "ERP-REFUSED") throw new Error(`The ERP refused account ${erpId}`)
    const account = { id: `acc_${accounts.length + 1}`, erp_id: erpId, organization }
    accounts.push(account)
    return account
  },
  async unlink(accountId: string) {
    unlinked.push(accountId)
  },
})

// README: organization-hook
createOrganizationsWorkflow.hooks.organizationCreated(
  async ({ organizations, additional_data }, { container }) => {
    const erpId = additional_data?.erp_id
    if (typeof erpId !== "string") return // created without an ERP account
    // Throwing fails the workflow: Medusa undoes its steps (the organization is deleted again).
    const account = await erp(container).link(erpId, organizations[0])
    return new StepResponse(account, account.id)
  },
  // Runs when the workflow fails after the handler: undo what it did.
  async (accountId, { container }) => {
    if (accountId) await erp(container).unlink(accountId)
  }
)
// README: end

const accessGroupHookCalls: { access_group: { id: string; name: string }; additional_data?: Record<string, unknown> }[] = []
createAccessGroupWorkflow.hooks.accessGroupCreated(async ({ access_group, additional_data }) => {
  accessGroupHookCalls.push({ access_group, additional_data })
})

const organizationsNamed = async (container: MedusaContainer, name: string) =>
  (container.resolve(ORGANIZATION_MODULE) as OrganizationModuleService).listOrganizations({ name }, { select: ["id", "name"] })

httpTestRunner({
  env: {},
  testSuite: ({ getContainer }) => {
    describe("createOrganizationsWorkflow.hooks.organizationCreated", () => {
      it("receives the created organizations and the caller's additional_data", async () => {
        const container = getContainer()
        const { result } = await createOrganizationsWorkflow(container).run({
          input: { organizations: [{ name: "Hooked BV" }], additional_data: { erp_id: "ERP-42" } },
        })
        expect(result).toEqual([expect.objectContaining({ id: expect.any(String), name: "Hooked BV" })])
        expect(accounts).toEqual([
          { id: "acc_1", erp_id: "ERP-42", organization: expect.objectContaining({ id: result[0].id, name: "Hooked BV" }) },
        ])
        expect(unlinked).toEqual([])
        // additional_data is the hooks' only: the organization stores nothing of it.
        expect(await organizationsNamed(container, "Hooked BV")).toEqual([expect.objectContaining({ id: result[0].id })])
      })

      it("does nothing more without additional_data (the parameter stays optional)", async () => {
        const { result } = await createOrganizationsWorkflow(getContainer()).run({
          input: { organizations: [{ name: "Unhooked BV" }] },
        })
        expect(result).toEqual([expect.objectContaining({ name: "Unhooked BV" })])
        expect(accounts.map((account) => account.organization.name)).not.toContain("Unhooked BV")
      })

      it("fails the workflow when the handler throws, and the organization is deleted again", async () => {
        const container = getContainer()
        const before = accounts.length
        const { errors } = await createOrganizationsWorkflow(container).run({
          input: { organizations: [{ name: "Refused BV" }], additional_data: { erp_id: "ERP-REFUSED" } },
          throwOnError: false,
        })
        expect(errors.map(({ error }) => (error as { message?: string })?.message)).toContainEqual(
          expect.stringContaining("The ERP refused account ERP-REFUSED")
        )
        // The create step's compensation ran: no organization of that name exists.
        expect(await organizationsNamed(container, "Refused BV")).toEqual([])
        // The handler itself failed, so it had linked nothing and its compensation had nothing to undo.
        expect(accounts).toHaveLength(before)
        expect(unlinked).toEqual([])
      })
    })

    describe("a workflow whose input goes to the service (createAccessGroupWorkflow)", () => {
      it("hands additional_data to its hook and stores none of it", async () => {
        const container = getContainer()
        const { result } = await createAccessGroupWorkflow(container).run({
          input: { name: "Hooked group", additional_data: { erp_id: "ERP-7" } },
        })
        expect(accessGroupHookCalls).toEqual([
          { access_group: expect.objectContaining({ id: result.id, name: "Hooked group" }), additional_data: { erp_id: "ERP-7" } },
        ])
        const stored = await (container.resolve(ACCESS_GROUP_MODULE) as AccessGroupModuleService).retrieveOrganizationAccessGroup(result.id)
        expect(stored).toEqual(expect.objectContaining({ id: result.id, name: "Hooked group" }))
        expect(stored).not.toHaveProperty("additional_data")
      })
    })
  },
})
