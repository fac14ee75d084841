import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { REFUSAL } from "../../../lib/refusal-codes"
import { PENDING_MEMBERSHIP_STATUS } from "../../../modules/organization/models/membership"
import { accountRequestService, organizationService } from "../../common/module-services"
import { loginHasPassword } from "./ensure-customer-account"

export type RenewableActivation = { id: string; organization_id: string; customer_id: string; email: string }

/**
 * A new activation link for an approved request is made only while its link can still do
 * something: the request approved, its link not used, the contact's membership still pending
 * (409 `membership_not_pending` otherwise: the contact logs in). And not for a login with a
 * password: whoever holds a copied link could replace that password (409; e-mailing the link
 * to the contact stays possible). A read only: the token's use locks the request's row.
 */
export const validateActivationRenewableStepId = "validate-activation-renewable"
export const validateActivationRenewableStep = createStep(
  validateActivationRenewableStepId,
  async (id: string, { container }) => {
    const [request] = await accountRequestService(container).listOrganizationAccountRequests(
      { id },
      { select: ["id", "status", "email", "organization_id", "customer_id", "activated_at"] }
    )
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Account request with id: ${id} was not found`)
    }
    if (request.status !== "approved" || !request.organization_id || !request.customer_id) {
      throw new ConflictError(
        request.status === "pending"
          ? `Account request ${id} is not decided yet: approve it, and its contact gets an activation link`
          : `Account request ${id} was ${request.status}: it has no activation link`
      )
    }
    const notPending = (why: string) => new ConflictError(`${why}; no new activation link is made`, REFUSAL.membership_not_pending)
    if (request.activated_at) {
      const on = new Date(request.activated_at).toISOString()
      throw notPending(`${request.email} activated the account on ${on}: they log in with their password`)
    }
    const [membership] = await organizationService(container).listOrganizationMemberships(
      { organization_id: request.organization_id, customer_id: request.customer_id },
      { select: ["id", "status"] }
    )
    if (membership?.status !== PENDING_MEMBERSHIP_STATUS) {
      throw notPending(
        membership
          ? `The membership of ${request.email} is ${membership.status}, no longer waiting for activation: they log in with their password`
          : `${request.email} is no longer a member of the organization`
      )
    }
    if (await loginHasPassword(container, request.email)) {
      throw new ConflictError(
        `${request.email} has a password already: a copied link would let whoever holds it replace that password. ` +
          "Send the activation e-mail instead: the contact logs in and confirms with the link"
      )
    }
    return new StepResponse({
      id: request.id,
      organization_id: request.organization_id,
      customer_id: request.customer_id,
      email: request.email,
    } as RenewableActivation)
  }
)
