import fs from "node:fs"
import path from "node:path"
import * as workflows from "../index"

// The package's ./workflows surface follows Medusa's core-flows layout: each workflow has an exported
// `…WorkflowId` (the id the workflow engine persists), and every create, update and delete workflow
// declares a hook that receives its result and the caller's `additional_data`.
// Importing the index only composes the workflows (no container, no database).

type Composed = ((...args: unknown[]) => unknown) & { getName(): string; hooks: Record<string, unknown> }

const exported = workflows as unknown as Record<string, unknown>
const workflowNames = Object.keys(exported).filter((name) => name.endsWith("Workflow"))

/** Each create/update/delete workflow and the hooks it declares (public names: never renamed). */
const HOOKS: Record<string, string[]> = {
  // access-group
  createAccessGroupWorkflow: ["accessGroupCreated"],
  updateAccessGroupWorkflow: ["accessGroupUpdated"],
  deleteAccessGroupWorkflow: ["accessGroupDeleted"],
  changeAccessGroupMembersWorkflow: ["accessGroupMembersChanged"],
  updateSalesChannelSettingsWorkflow: ["salesChannelSettingsUpdated"],
  // account-request
  createAccountRequestWorkflow: ["accountRequestCreated"],
  approveAccountRequestWorkflow: ["accountRequestApproved"],
  rejectAccountRequestWorkflow: ["accountRequestRejected"],
  activateAccountWorkflow: ["accountActivated"],
  renewActivationLinkWorkflow: ["activationLinkRenewed"],
  // approval
  requestCartApprovalWorkflow: ["approvalRequested"],
  decideApprovalWorkflow: ["approvalDecided"],
  setApprovalPolicyWorkflow: ["approvalPolicySet"],
  expireApprovalsWorkflow: ["approvalsExpired"],
  // entitlement
  createEntitlementWorkflow: ["entitlementCreated"],
  createEntitlementsFromOrderWorkflow: ["entitlementsCreated"],
  updateEntitlementWorkflow: ["entitlementUpdated"],
  deleteEntitlementWorkflow: ["entitlementDeleted"],
  assignSeatWorkflow: ["seatAssigned"],
  freeSeatsWorkflow: ["seatsFreed"],
  remindEndingSubscriptionsWorkflow: ["subscriptionsEnding"],
  // organization
  createOrganizationsWorkflow: ["organizationCreated"],
  updateOrganizationsWorkflow: ["organizationsUpdated"],
  deleteOrganizationsWorkflow: ["organizationsDeleted"],
  onboardOrganizationWorkflow: ["organizationCreated"],
  addOrganizationMemberWorkflow: ["memberAdded"],
  batchAddMembersWorkflow: ["membersAdded"],
  updateOrganizationMemberWorkflow: ["memberUpdated"],
  removeOrganizationMemberWorkflow: ["memberRemoved"],
  createInvitationWorkflow: ["invitationCreated"],
  resendInvitationWorkflow: ["invitationResent"],
  revokeInvitationWorkflow: ["invitationRevoked"],
  renewInvitationLinkWorkflow: ["invitationLinkRenewed"],
  acceptInvitationWorkflow: ["memberAdded"],
  createLocationWorkflow: ["locationCreated"],
  updateLocationWorkflow: ["locationUpdated"],
  deleteLocationWorkflow: ["locationDeleted"],
  recordOrganizationOrderWorkflow: ["organizationOrderRecorded"],
  // portal-access
  createAccessCodeWorkflow: ["accessCodeCreated"],
  changeAccessCodeWorkflow: ["accessCodeChanged"],
  createAssetWorkflow: ["assetCreated"],
  regenerateAssetTokenWorkflow: ["assetTokenRegenerated"],
  endPortalSessionsWorkflow: ["portalSessionsEnded"],
}

/** Actions that write nothing of their own (a login, an e-mail, a link): no hook. */
const ACTIONS = ["sendMemberActivationWorkflow", "memberActivationLinkWorkflow"]

describe("the workflows index", () => {
  it("exports the workflows (45)", () => {
    expect(workflowNames.length).toBe(45)
  })

  it.each(workflowNames)("%s has an exported …WorkflowId naming it", (name) => {
    const id = exported[`${name}Id`]
    expect(typeof id).toBe("string")
    expect((exported[name] as Composed).getName()).toBe(id)
  })

  it("lists every workflow either with its hooks or as an action", () => {
    expect([...Object.keys(HOOKS), ...ACTIONS].sort()).toEqual([...workflowNames].sort())
  })

  it.each(Object.entries(HOOKS))("%s declares its hooks %j", (name, hooks) => {
    const workflow = exported[name] as Composed
    expect(workflow).toBeDefined()
    expect(Object.keys(workflow.hooks)).toEqual(expect.arrayContaining(hooks))
    for (const hook of hooks) expect(typeof workflow.hooks[hook]).toBe("function")
  })
})

const root = path.join(__dirname, "..")
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : files(full)
    return entry.name.endsWith(".ts") ? [full] : []
  })

describe("the steps", () => {
  const withSteps = files(root).filter((file) => fs.readFileSync(file, "utf8").includes("createStep("))

  it("are declared in 40 files or more", () => {
    expect(withSteps.length).toBeGreaterThanOrEqual(40)
  })

  it.each(withSteps.map((file) => path.relative(root, file)))(
    "%s: in a steps/ folder, each step exported with its …StepId",
    (file) => {
      expect(file).toMatch(/^[\w-]+\/steps\/[\w-]+\.ts$/)
      const source = fs.readFileSync(path.join(root, file), "utf8")
      const steps = [...source.matchAll(/(?:export )?const (\w+) = createStep\(\s*([^,\s]+)/g)]
      expect(steps.length).toBe(source.match(/createStep\(/g)!.length)
      for (const [declaration, name, id] of steps) {
        expect(declaration.startsWith("export ")).toBe(true)
        expect(id).toBe(`${name}Id`)
        expect(source).toMatch(new RegExp(`export const ${name}Id = "[a-z0-9-]+"`))
      }
    }
  )
})

describe("the hooks' payload", () => {
  const withHooks = files(root).filter((file) => fs.readFileSync(file, "utf8").includes("createHook("))

  it("is declared in every workflow file with a hook", () => {
    expect(withHooks.length).toBeGreaterThanOrEqual(Object.keys(HOOKS).length)
  })

  it.each(withHooks.map((file) => path.relative(root, file)))("%s hands the hook the caller's additional_data", (file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8")
    const hooks = source.match(/createHook\(/g)!.length
    const passed = source.match(/additional_data: input\.additional_data/g)?.length ?? 0
    expect(passed).toBeGreaterThanOrEqual(hooks)
    // The input type takes it (Medusa's AdditionalData), so callers may pass it.
    expect(source).toMatch(/AdditionalData/)
  })
})
