import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { OrganizationEvents } from "../../../lib/events"
import type { EmailOutcome } from "../../../lib/notifications"
import { PENDING_MEMBERSHIP_STATUS } from "../../../modules/organization/models/membership"
import type { CreateMembershipDTO, CreateOrganizationDTO } from "../../../modules/organization/types"
import { ensureLoginsStep } from "../../account-request/steps/ensure-customer-account"
import { recordOnboardingActivationsStep } from "../../account-request/steps/record-account-request-outcome"
import { proveMailboxesStep } from "../../common/steps/prove-mailboxes"
import { createOrganizationsWorkflow } from "./create-organizations"
import { createMembershipsStep } from "../steps/create-memberships"
import { emailAccountActivationStep } from "../steps/link-emails"
import { resolveOrCreateCustomersStep, type FirstAdminReference } from "../steps/resolve-customers"

export type OnboardOrganizationInput = {
  /** `allow_duplicate`: although another organization has its VAT or registration number. */
  organization: CreateOrganizationDTO & { allow_duplicate?: boolean | null }
  /** The first admin: an existing customer, or an e-mail whose customer is created when missing. */
  admin?: FirstAdminReference | null
  /** The admin user who created it (recorded as the account's decider). */
  created_by?: string | null
} & AdditionalData

export type OnboardOrganizationResult = {
  organization: { id: string }
  /** Present when the activation link was e-mailed. */
  email?: EmailOutcome
}

export const onboardOrganizationWorkflowId = "onboard-organization"

/**
 * One step onboarding by the merchant: the organization, its first admin (the customer created
 * when missing) and, for an admin named by e-mail, a pending admin membership with an
 * activation link, e-mailed when `send_activation` asks. POST /store/activations then sets the
 * password, activates the membership and makes the customer registered. A failing step undoes
 * every earlier one, the created customer included; a failed e-mail undoes nothing.
 * Hook `organizationCreated` receives `{ organization: { id }, memberships, additional_data }`.
 */
export const onboardOrganizationWorkflow = createWorkflow(
  onboardOrganizationWorkflowId,
  (input: OnboardOrganizationInput) => {
    const references = transform({ input }, ({ input }) => (input.admin ? [input.admin] : []))
    const customers = resolveOrCreateCustomersStep(references)
    const proven = proveMailboxesStep(
      transform({ customers }, ({ customers }) => customers.filter((c) => c.by_email).map((c) => c.email))
    )

    const organizationInput = transform({ input }, ({ input }) => ({ organizations: [input.organization] }))
    const organizations = createOrganizationsWorkflow.runAsStep({ input: organizationInput })

    // Named by e-mail, the membership waits for the link sent to it, as after an approved request:
    // a registered login for that e-mail may be somebody else's (Medusa verifies no e-mail unless
    // its auth verification is configured and the login passed it).
    const membershipInput = transform({ organizations, customers, proven }, ({ organizations, customers, proven }): CreateMembershipDTO[] =>
      customers.map((customer) => ({
        organization_id: organizations[0].id,
        customer_id: customer.customer_id,
        role: "admin" as const,
        ...(customer.by_email && !proven.includes(customer.email) ? { status: PENDING_MEMBERSHIP_STATUS } : {}),
      }))
    )
    const memberships = createMembershipsStep(membershipInput)

    const pending = transform({ customers, proven }, ({ customers, proven }) =>
      customers.filter((c) => c.by_email && !proven.includes(c.email)).map((c) => ({ customer_id: c.customer_id, email: c.email }))
    )
    const logins = ensureLoginsStep(pending)
    const activationInput = transform({ input, organizations, pending }, ({ input, organizations, pending }) => ({
      decided_by: input.created_by ?? null,
      activations: pending.map((p) => ({
        organization: organizations[0],
        customer_id: p.customer_id,
        email: p.email,
        first_name: input.admin?.first_name ?? null,
        last_name: input.admin?.last_name ?? null,
      })),
    }))
    const activations = recordOnboardingActivationsStep(activationInput)

    const memberEvent = transform({ memberships }, ({ memberships }) =>
      memberships.map((m) => ({ id: m.id, organization_id: m.organization_id }))
    )
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: memberEvent }).config({
      name: "emit-onboarded-member-added",
    })

    const emailInput = transform({ input, activations, logins }, ({ input, activations, logins }) =>
      input.admin?.send_activation && activations.length
        ? {
            account_request_id: activations[0].account_request_id,
            token: activations[0].token,
            existing_login: logins.find((l) => l.customer_id === activations[0].customer_id)?.has_password ?? false,
          }
        : null
    )
    const email = when({ emailInput }, ({ emailInput }) => !!emailInput).then(() =>
      emailAccountActivationStep(emailInput as { account_request_id: string; token: string; existing_login: boolean })
    )
    const result = transform({ organizations, email }, ({ organizations, email }): OnboardOrganizationResult => ({
      organization: { id: organizations[0].id },
      ...(email ? { email } : {}),
    }))
    const organizationCreated = createHook("organizationCreated", {
      organization: result.organization,
      memberships,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(result, { hooks: [organizationCreated] })
  }
)
