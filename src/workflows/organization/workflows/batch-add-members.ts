import { createCustomersWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PENDING_MEMBERSHIP_STATUS } from "../../../lib/constants"
import { OrganizationEvents } from "../../../lib/events"
import { recordOnboardingActivationsStep } from "../../account-request/steps/record-account-request-outcome"
import { proveMailboxesStep } from "../../common/steps/prove-mailboxes"
import { readOrganizationStep } from "../steps/read-organization"
import type { CreateMembershipDTO } from "../../../modules/organization/types"
import { assignBatchLocationsStep } from "../steps/assign-batch-locations"
import { createMembershipsStep } from "../steps/create-memberships"
import { lockMemberEmailsStep } from "../steps/lock-member-emails"
import { resolveNewMemberLocationsStep } from "../steps/resolve-new-member-locations"
import { sendBatchActivationsStep, type BatchActivation } from "../steps/send-batch-activations"
import { validateBatchMembersStep, type BatchMemberRow } from "../steps/validate-batch-members"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"

export type BatchAddMembersWorkflowInput = {
  organization_id: string
  members: BatchMemberRow[]
  /**
   * Each new member gets the merchant's manual activation (a login, the activation e-mail), as
   * POST …/members/:membership_id/activation gives one member.
   * Needs `secret` (and `jwt_options`): the store's JWT settings that sign the link.
   */
  invite?: boolean
  secret?: string
  jwt_options?: Record<string, unknown>
} & AdditionalData

export type BatchAddMembersResult = {
  membership_ids: string[]
  created_customers: number
  /** With `invite`: each activation e-mail's outcome. */
  invitations?: BatchActivation[]
}

export const batchAddMembersWorkflowId = "batch-add-organization-members"

/**
 * The merchant adds up to 1,000 members by e-mail, all or nothing, each `pending` until the
 * activation link sent to its address is used (an e-mail on a customer record proves nothing;
 * an address proven through Medusa's auth verification acts at once): every row is checked before
 * anything is written (one 400 naming each failing row), missing customers are created in one
 * bulk call (Medusa's createCustomersWorkflow: `customer.created`, its hook, compensation),
 * memberships in one, their locations in one statement, and `organization.member_added` is
 * emitted once with every membership. A step that fails undoes the earlier ones, the created
 * customers included. No statement is sent per row: 19 for 10 or 100 rows, 33 for 1,000 (the
 * ORM inserts in chunks); only the opt-in `invite` e-mails go one per newcomer.
 * Hook `membersAdded` receives `{ memberships, additional_data }`.
 */
export const batchAddMembersWorkflow = createWorkflow(
  batchAddMembersWorkflowId,
  (input: BatchAddMembersWorkflowInput) => {
    validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))

    // Batches naming the same e-mail run one after the other (see the step).
    const lock = lockMemberEmailsStep(
      transform({ input }, ({ input }) => ({ emails: input.members.map((row) => String(row.email ?? "")) }))
    )

    // The add-member rule for a newcomer without named locations: the organization's only one.
    const defaultLocations = resolveNewMemberLocationsStep(
      transform({ input }, ({ input }) => ({
        organization_id: input.organization_id,
        change: { role: "buyer" as const },
        actor: { type: "merchant" as const },
      }))
    )
    const rows = validateBatchMembersStep(
      transform({ input, defaultLocations }, ({ input, defaultLocations }) => ({
        organization_id: input.organization_id,
        members: input.members,
        default_location_ids: defaultLocations,
      }))
    )

    const proven = proveMailboxesStep(transform({ rows }, ({ rows }) => rows.map((row) => row.email)))

    const customersData = transform({ rows }, ({ rows }) =>
      rows
        .filter((row) => !row.customer_id)
        .map((row) => ({ email: row.email, first_name: row.first_name ?? null, last_name: row.last_name ?? null, has_account: false }))
    )
    const created = when({ customersData }, ({ customersData }) => customersData.length > 0).then(() =>
      createCustomersWorkflow.runAsStep({ input: { customersData } })
    )

    const membershipData = transform({ input, rows, created, proven }, ({ input, rows, created, proven }): CreateMembershipDTO[] => {
      const createdIds = new Map<string, string>(
        ((created ?? []) as { id: string; email?: string | null }[]).map((customer) => [customer.email!.toLowerCase(), customer.id])
      )
      return rows.map((row) => ({
        organization_id: input.organization_id,
        customer_id: row.customer_id ?? createdIds.get(row.email)!,
        role: row.role,
        ...(proven.includes(row.email) ? {} : { status: PENDING_MEMBERSHIP_STATUS }),
        grants: row.grants ?? [],
        revokes: row.revokes ?? [],
        // A limit set here is the merchant's, as on the single add-member route.
        ...(row.spending_limit == null ? {} : { spending_limit: row.spending_limit, spending_limit_set_by: "merchant" as const }),
      }))
    })
    const memberships = createMembershipsStep(membershipData)

    assignBatchLocationsStep(
      transform({ input, rows, memberships }, ({ input, rows, memberships }) => ({
        organization_id: input.organization_id,
        // createOrganizationMemberships answers in the order of its input.
        assignments: memberships.map((membership, i) => ({ membership_id: membership.id, location_ids: rows[i].location_ids })),
      }))
    )

    // Each membership's activation record (single-use token), as onboarding makes one.
    const organization = readOrganizationStep(input.organization_id)
    recordOnboardingActivationsStep(
      transform({ organization, rows, memberships, proven }, ({ organization, rows, memberships, proven }) => ({
        decided_by: null,
        activations: memberships.flatMap((membership, i) => proven.includes(rows[i].email) ? [] : [{
          organization,
          customer_id: membership.customer_id,
          email: rows[i].email,
          first_name: rows[i].first_name ?? null,
          last_name: rows[i].last_name ?? null,
        }]),
      }))
    )

    const eventData = transform({ memberships }, ({ memberships }) =>
      memberships.map((membership) => ({ id: membership.id, organization_id: membership.organization_id }))
    )
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: eventData }).config({ name: "emit-batch-member-added" })

    const newcomers = transform({ input, rows, memberships, proven }, ({ input, rows, memberships, proven }) => ({
      organization_id: input.organization_id,
      secret: input.secret ?? "",
      jwt_options: input.jwt_options,
      members: rows.flatMap((row, i) => (proven.includes(row.email) ? [] : [{ membership_id: memberships[i].id, email: row.email }])),
    }))
    const invitations = when({ input, newcomers }, ({ input, newcomers }) => !!input.invite && newcomers.members.length > 0).then(() =>
      sendBatchActivationsStep(newcomers)
    )

    releaseLockStep(lock)

    const result = transform({ input, memberships, created, invitations }, ({ input, memberships, created, invitations }): BatchAddMembersResult => ({
      membership_ids: memberships.map((membership) => membership.id),
      created_customers: created?.length ?? 0,
      ...(input.invite ? { invitations: invitations ?? [] } : {}),
    }))
    const membersAdded = createHook("membersAdded", { memberships, additional_data: input.additional_data })
    return new WorkflowResponse(result, { hooks: [membersAdded] })
  }
)
