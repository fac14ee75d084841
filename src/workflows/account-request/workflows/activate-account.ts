import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData } from "@medusajs/framework/types"
import { AccountRequestEvents, OrganizationEvents } from "../../../lib/events"
import {
  activateApprovedMembershipStep,
  checkActivationProofStep,
  type ActivationInput,
} from "../steps/confirm-approved-membership"
import { consumeActivationTokenStep } from "../steps/record-account-request-outcome"
import { registerCustomerStep } from "../steps/register-customer"
import { setCustomerPasswordStep } from "../steps/set-customer-password"

export type ActivateAccountWorkflowInput = ActivationInput & AdditionalData

export const activateAccountWorkflowId = "activate-account"

/**
 * The contact of an approved request uses the e-mailed link once: with a password (sets it,
 * for a new login or replacing whatever an existing one had), or logged in as the customer
 * the link was sent for. Then the pending membership the approval made becomes active.
 * Hook `accountActivated` receives `{ account_request, membership, additional_data }`.
 */
export const activateAccountWorkflow = createWorkflow(
  activateAccountWorkflowId,
  (input: ActivateAccountWorkflowInput) => {
    const request = checkActivationProofStep(input)
    const token = transform({ input }, ({ input }) => input.token)
    const used = consumeActivationTokenStep(token)
    const credentials = transform({ used, input }, ({ used, input }) => ({
      email: used.email,
      password: input.password ?? null,
    }))
    when({ credentials }, ({ credentials }) => !!credentials.password).then(() => {
      setCustomerPasswordStep(credentials as { email: string; password: string })
    })
    const membershipRef = transform({ request, input }, ({ request, input }) => ({
      organization_id: request.organization_id,
      customer_id: request.customer_id,
    }))
    const membership = activateApprovedMembershipStep(membershipRef)
    const customerId = transform({ request }, ({ request }) => request.customer_id)
    registerCustomerStep(customerId)

    const memberEvent = transform({ membership }, ({ membership }) =>
      membership ? [{ id: membership.id, organization_id: membership.organization_id, changed: ["status"] }] : []
    )
    emitEventStep({ eventName: OrganizationEvents.MEMBER_UPDATED, data: memberEvent }).config({
      name: "emit-approved-member-activated",
    })
    const eventData = transform({ used }, ({ used }) => ({ id: used.id, customer_id: used.customer_id }))
    emitEventStep({ eventName: AccountRequestEvents.ACTIVATED, data: eventData }).config({
      name: "emit-account-activated",
    })
    const accountActivated = createHook("accountActivated", {
      account_request: used,
      membership,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(used, { hooks: [accountActivated] })
  }
)
