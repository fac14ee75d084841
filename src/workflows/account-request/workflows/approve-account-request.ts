import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { AccountRequestEvents, OrganizationEvents } from "../../../lib/events"
import { PENDING_MEMBERSHIP_STATUS } from "../../../lib/constants"
import type { CreateMembershipDTO } from "../../../modules/organization/types"
import { changeAccessGroupMembersStep } from "../../access-group/steps/change-access-group-members"
import { createOrganizationsWorkflow } from "../../organization/workflows/create-organizations"
import { createMembershipsStep } from "../../organization/steps/create-memberships"
import { emailAccountActivationStep } from "../../organization/steps/link-emails"
import { createRequestLocationStep } from "../steps/create-request-location"
import { decideAccountRequestStep } from "../steps/decide-account-request"
import { ensureCustomerStep, ensureLoginStep } from "../steps/ensure-customer-account"
import { recordAccountRequestOutcomeStep } from "../steps/record-account-request-outcome"
import { resolveRequestGroupsStep } from "../steps/resolve-request-groups"
import { validateAccountRequestPendingStep } from "../steps/validate-account-request-pending"
import { validateRequestDuplicatesStep } from "../steps/validate-request-duplicates"

export type ApproveAccountRequestInput = {
  id: string
  decided_by: string
  /** The groups organization and customer join; default: the groups of the request's sales channel. */
  access_group_ids?: string[] | null
  /** Approve although an organization has the same VAT or registration number (else 409 `possible_duplicate`). */
  allow_duplicate?: boolean | null
} & AdditionalData

export const approveAccountRequestWorkflowId = "approve-account-request"

/**
 * The merchant (or an `open` group) approves a request once: customer (reused when the
 * e-mail has an account), organization with the contact as its admin, group memberships,
 * the outcome and a single-use token. The admin membership is `pending` until the contact
 * follows the e-mailed link (`activateAccountWorkflow`): whoever holds a login for the
 * e-mail, or typed somebody else's e-mail, gets nothing before the address is proven.
 * The request's address becomes the first location, the contact assigned to it. The activation
 * link is e-mailed inside the workflow; the result's `email` says whether it went out.
 * A failing step undoes all earlier ones (a failed e-mail is no failure).
 * Refused before anything is written: an unknown (404) or decided (409) request, and a company
 * an organization has already (409 `possible_duplicate`, unless `allow_duplicate`).
 * Hook `accountRequestApproved`: `{ id, organization_id, customer_id, additional_data }`.
 */
export const approveAccountRequestWorkflow = createWorkflow(
  approveAccountRequestWorkflowId,
  (input: ApproveAccountRequestInput) => {
    const decision = transform({ input }, ({ input }) => ({
      id: input.id,
      decided_by: input.decided_by,
      status: "approved" as const,
    }))
    validateAccountRequestPendingStep(input.id)
    validateRequestDuplicatesStep(input)
    const request = decideAccountRequestStep(decision)

    const contact = transform({ request }, ({ request }) => ({
      email: request.email,
      first_name: request.first_name,
      last_name: request.last_name,
      phone: request.phone,
      company_name: request.company_name,
    }))
    const customer = ensureCustomerStep(contact)
    const login = ensureLoginStep(customer)

    // The creation checks the numbers again under its lock: of parallel approvals of one company, one wins.
    const organizationInput = transform({ request, input }, ({ request, input }) => ({
      organizations: [
        {
          allow_duplicate: input.allow_duplicate ?? null,
          name: request.company_name,
          legal_name: request.company_name,
          vat_number: request.vat_number,
          registration_number: request.registration_number,
          country_code: request.country_code,
          metadata: { account_request_id: request.id },
        },
      ],
    }))
    const organizations = createOrganizationsWorkflow.runAsStep({ input: organizationInput })

    // Created pending, never active for a moment.
    const adminMembership = transform({ organizations, customer }, ({ organizations, customer }): CreateMembershipDTO[] => [
      {
        organization_id: organizations[0].id,
        customer_id: customer.customer_id,
        role: "admin" as const,
        status: PENDING_MEMBERSHIP_STATUS,
      },
    ])
    const memberships = createMembershipsStep(adminMembership)
    const memberEvent = transform({ memberships }, ({ memberships }) =>
      memberships.map((m) => ({ id: m.id, organization_id: m.organization_id }))
    )
    emitEventStep({ eventName: OrganizationEvents.MEMBER_ADDED, data: memberEvent }).config({
      name: "emit-approved-member-added",
    })

    const locationInput = transform({ request, memberships }, ({ request, memberships }) => ({
      organization_id: memberships[0].organization_id,
      membership_id: memberships[0].id,
      company_name: request.company_name,
      first_name: request.first_name,
      last_name: request.last_name,
      address: (request.address ?? null) as Record<string, string | null> | null,
    }))
    createRequestLocationStep(locationInput)

    const groupInput = transform({ request, input }, ({ request, input }) => ({
      sales_channel_id: request.sales_channel_id,
      access_group_ids: input.access_group_ids ?? null,
    }))
    const groupIds = resolveRequestGroupsStep(groupInput)
    const groupChanges = transform(
      { groupIds, organizations, customer },
      ({ groupIds, organizations, customer }) =>
        groupIds.flatMap((access_group_id) => [
          { access_group_id, resource: "organizations" as const, add: [organizations[0].id] },
          { access_group_id, resource: "customers" as const, add: [customer.customer_id] },
        ])
    )
    changeAccessGroupMembersStep(groupChanges)

    const outcome = transform({ input, organizations, customer }, ({ input, organizations, customer }) => ({
      id: input.id,
      organization_id: organizations[0].id,
      customer_id: customer.customer_id,
    }))
    const recorded = recordAccountRequestOutcomeStep(outcome)

    const eventData = transform({ input, recorded, login }, ({ input, recorded, login }) => ({
      id: input.id,
      activation_token: recorded.activation_token,
      existing_login: login.has_password,
    }))
    emitEventStep({ eventName: AccountRequestEvents.APPROVED, data: eventData }).config({
      name: "emit-account-request-approved",
    })
    const emailInput = transform({ eventData }, ({ eventData }) => ({
      account_request_id: eventData.id,
      token: eventData.activation_token,
      existing_login: eventData.existing_login,
    }))
    const email = emailAccountActivationStep(emailInput)
    const result = transform({ outcome, email }, ({ outcome, email }) => ({ ...outcome, email }))
    // A merchant's code runs here once the company exists (CRM, ERP, a welcome gift).
    const hookInput = transform({ outcome, input }, ({ outcome, input }) => ({
      ...outcome,
      additional_data: input.additional_data,
    }))
    const approvedHook = createHook("accountRequestApproved", hookInput)
    return new WorkflowResponse(result, { hooks: [approvedHook] })
  }
)
