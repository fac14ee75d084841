import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AccountRequestEvents } from "../../lib/events"
import type { CreateAccountRequestDTO } from "../../modules/organization/types"
import { createAccountRequestStep } from "./steps/create-account-request"
import { changeAccessGroupMembersStep } from "../access-group/steps/change-access-group-members"
import { createOrganizationsWorkflow } from "../organization/create-organizations"
import { decideAccountRequestStep } from "./steps/decide-account-request"
import { ensureCustomerStep, ensureLoginStep } from "./steps/ensure-customer-account"
import {
  consumeActivationTokenStep,
  recordAccountRequestOutcomeStep,
} from "./steps/record-account-request-outcome"
import { resolveRequestGroupsStep } from "./steps/resolve-request-groups"
import { setCustomerPasswordStep } from "./steps/set-customer-password"

export * from "./steps/create-account-request"
export * from "./steps/decide-account-request"
export * from "./steps/ensure-customer-account"
export * from "./steps/record-account-request-outcome"
export * from "./steps/resolve-request-groups"
export * from "./steps/set-customer-password"

export const createAccountRequestWorkflowId = "create-account-request"

export const createAccountRequestWorkflow = createWorkflow(
  createAccountRequestWorkflowId,
  (input: CreateAccountRequestDTO) => {
    const request = createAccountRequestStep(input)
    const eventData = transform({ request }, ({ request }) => ({ id: request.id }))
    emitEventStep({ eventName: AccountRequestEvents.CREATED, data: eventData })
    return new WorkflowResponse(request)
  }
)

export const rejectAccountRequestWorkflowId = "reject-account-request"

/** The merchant turns a request down; a subscriber e-mails the contact the reason. */
export const rejectAccountRequestWorkflow = createWorkflow(
  rejectAccountRequestWorkflowId,
  (input: { id: string; reason: string; decided_by: string }) => {
    const decision = transform({ input }, ({ input }) => ({ ...input, status: "rejected" as const }))
    const request = decideAccountRequestStep(decision)
    const eventData = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: AccountRequestEvents.REJECTED, data: eventData })
    return new WorkflowResponse(request)
  }
)

export type ApproveAccountRequestInput = {
  id: string
  decided_by: string
  /** The groups organization and customer join; default: the groups of the request's sales channel. */
  access_group_ids?: string[] | null
}

export const approveAccountRequestWorkflowId = "approve-account-request"

/**
 * The merchant (or an `open` group) approves a request once: customer (reused when the
 * e-mail has an account), organization with the contact as its admin, group memberships,
 * the outcome and an activation token. A failing step undoes all earlier ones.
 */
export const approveAccountRequestWorkflow = createWorkflow(
  approveAccountRequestWorkflowId,
  (input: ApproveAccountRequestInput) => {
    const decision = transform({ input }, ({ input }) => ({
      id: input.id,
      decided_by: input.decided_by,
      status: "approved" as const,
    }))
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
    const account = transform({ customer, login }, ({ customer, login }) => ({
      customer_id: customer.customer_id,
      needs_activation: !login.has_password,
    }))

    const organizationInput = transform({ request, account }, ({ request, account }) => ({
      organizations: [
        {
          name: request.company_name,
          legal_name: request.company_name,
          vat_number: request.vat_number,
          registration_number: request.registration_number,
          country_code: request.country_code,
          metadata: { account_request_id: request.id },
          admin: { customer_id: account.customer_id },
        },
      ],
    }))
    const organizations = createOrganizationsWorkflow.runAsStep({ input: organizationInput })

    const groupInput = transform({ request, input }, ({ request, input }) => ({
      sales_channel_id: request.sales_channel_id,
      access_group_ids: input.access_group_ids ?? null,
    }))
    const groupIds = resolveRequestGroupsStep(groupInput)
    const groupChanges = transform(
      { groupIds, organizations, account },
      ({ groupIds, organizations, account }) =>
        groupIds.flatMap((access_group_id) => [
          { access_group_id, resource: "organizations" as const, add: [organizations[0].id] },
          { access_group_id, resource: "customers" as const, add: [account.customer_id] },
        ])
    )
    changeAccessGroupMembersStep(groupChanges)

    const outcome = transform({ input, organizations, account }, ({ input, organizations, account }) => ({
      id: input.id,
      organization_id: organizations[0].id,
      customer_id: account.customer_id,
      needs_activation: account.needs_activation,
    }))
    const recorded = recordAccountRequestOutcomeStep(outcome)

    const eventData = transform({ input, recorded }, ({ input, recorded }) => ({
      id: input.id,
      activation_token: recorded.activation_token,
    }))
    emitEventStep({ eventName: AccountRequestEvents.APPROVED, data: eventData })
    return new WorkflowResponse(outcome)
  }
)

export const activateAccountWorkflowId = "activate-account"

/** The contact of an approved request sets a password with the e-mailed token, once. */
export const activateAccountWorkflow = createWorkflow(
  activateAccountWorkflowId,
  (input: { token: string; password: string }) => {
    const used = consumeActivationTokenStep(input.token)
    const credentials = transform({ used, input }, ({ used, input }) => ({
      email: used.email,
      password: input.password,
    }))
    setCustomerPasswordStep(credentials)
    const eventData = transform({ used }, ({ used }) => ({ id: used.id, customer_id: used.customer_id }))
    emitEventStep({ eventName: AccountRequestEvents.ACTIVATED, data: eventData })
    return new WorkflowResponse(used)
  }
)
