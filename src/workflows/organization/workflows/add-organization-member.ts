import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { PENDING_MEMBERSHIP_STATUS } from "../../../lib/constants"
import { OrganizationEvents } from "../../../lib/events"
import { ensureLoginStep } from "../../account-request/steps/ensure-customer-account"
import { recordOnboardingActivationsStep } from "../../account-request/steps/record-account-request-outcome"
import { proveMailboxesStep } from "../../common/steps/prove-mailboxes"
import { emailAccountActivationStep } from "../steps/link-emails"
import { readOrganizationStep } from "../steps/read-organization"
import type { CreateMembershipDTO } from "../../../modules/organization/types"
import { assignMembershipLocationsStep } from "../steps/assign-membership-locations"
import { createMembershipsStep } from "../steps/create-memberships"
import { resolveCustomersStep, type CustomerReference } from "../steps/resolve-customers"
import type { OrganizationActor } from "../steps/validate-actor-rights"
import { validateOrganizationsExistStep } from "../steps/validate-organizations-exist"
import { newcomerRights } from "./newcomer-rights"

export type AddOrganizationMemberWorkflowInput = Omit<CreateMembershipDTO, "customer_id" | "spending_limit_set_by"> & {
  customer: CustomerReference
  /** The member's delivery locations; omitted: the organization's only one, if it has exactly one. */
  location_ids?: string[]
  /** Omitted: the merchant. A member adds only within its own rights (validate-actor-rights). */
  actor?: OrganizationActor
} & AdditionalData

export const addOrganizationMemberWorkflowId = "add-organization-member"

/**
 * Adds an existing customer. Named by id (the merchant's own choice of record) the membership
 * acts at once; named by e-mail it is `pending` until the activation link e-mailed to that
 * address is used (POST /store/activations): a customer record's e-mail proves nothing. An
 * address proven through Medusa's own auth verification needs no link.
 * Hook `memberAdded` receives `{ membership, additional_data }`.
 */
export const addOrganizationMemberWorkflow = createWorkflow(
  addOrganizationMemberWorkflowId,
  (input: AddOrganizationMemberWorkflowInput) => {
    validateOrganizationsExistStep(transform({ input }, ({ input }) => [input.organization_id]))
    const { actor, locationIds } = newcomerRights(input)
    const proven = proveMailboxesStep(
      transform({ input }, ({ input }) => (input.customer.customer_id || !input.customer.email ? [] : [input.customer.email]))
    )
    // Waits for a link: named by e-mail, and no login proved that mailbox.
    const awaitsProof = transform({ input, proven }, ({ input, proven }) => !input.customer.customer_id && !proven.length)
    const customerIds = resolveCustomersStep(transform({ input }, ({ input }) => [input.customer]))

    const data = transform({ input, actor, customerIds, awaitsProof }, ({ input, actor, customerIds, awaitsProof }): CreateMembershipDTO[] => {
      const { customer: _customer, location_ids: _locations, actor: _actor, additional_data: _data, ...membership } = input
      // A limit set on the way in records who set it, as an update does.
      const setter = membership.spending_limit == null ? {} : { spending_limit_set_by: actor.type === "merchant" ? "merchant" as const : "organization" as const }
      return [{ ...membership, ...setter, customer_id: customerIds[0], ...(awaitsProof ? { status: PENDING_MEMBERSHIP_STATUS } : {}) }]
    })
    const memberships = createMembershipsStep(data)
    const membership = transform({ memberships }, ({ memberships }) => memberships[0])
    const assignment = transform({ membership, locationIds }, ({ membership, locationIds }) => ({
      organization_id: membership.organization_id,
      membership_id: membership.id,
      location_ids: locationIds,
    }))
    assignMembershipLocationsStep(assignment)

    when({ awaitsProof }, ({ awaitsProof }) => awaitsProof).then(() => {
      const organization = readOrganizationStep(input.organization_id)
      const member = transform({ membership, input }, ({ membership, input }) => ({
        customer_id: membership.customer_id,
        email: input.customer.email!.trim().toLowerCase(),
      }))
      const login = ensureLoginStep(member)
      const activations = recordOnboardingActivationsStep(
        transform({ organization, member, input }, ({ organization, member, input }) => ({
          decided_by: input.actor?.type === "merchant" ? input.actor.user_id ?? null : null,
          activations: [{ organization, customer_id: member.customer_id, email: member.email }],
        }))
      )
      emailAccountActivationStep(
        transform({ activations, login }, ({ activations, login }) => ({
          account_request_id: activations[0].account_request_id,
          token: activations[0].token,
          existing_login: login.has_password,
        }))
      )
    })

    const eventData = transform({ membership }, ({ membership }) => ({
      id: membership.id,
      organization_id: membership.organization_id,
    }))
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: eventData })
    const memberAdded = createHook("memberAdded", { membership, additional_data: input.additional_data })
    return new WorkflowResponse(membership, { hooks: [memberAdded] })
  }
)
