import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import { hashSecret } from "../../../lib/secrets"
import { PENDING_MEMBERSHIP_STATUS } from "../../../modules/organization/models/membership"
import { invalidTokenMessage } from "../../../lib/token-state"
import { accountRequestService, organizationService } from "../../common/module-services"

export const PASSWORD_REQUIRED_MESSAGE =
  "Field 'password' is required: set a new password, or log in as the account this link was sent to"

export type ActivationInput = {
  token: string
  /** Sets (or replaces) the login's password; the e-mailed token proves the address. */
  password?: string | null
  /** The logged-in customer, if any. */
  customer_id?: string | null
}

export type ApprovedRequest = { id: string; email: string; organization_id: string; customer_id: string }

/**
 * Who may use an approval's link: a new password with it, or the customer it was sent for,
 * logged in. The token alone is not enough: the e-mail's login may have been registered by
 * somebody else before the approval, and that password must not survive the confirmation.
 * Read before the token is used, so a refused try does not use it up.
 */
export const checkActivationProofStepId = "check-activation-proof"
export const checkActivationProofStep = createStep(
  checkActivationProofStepId,
  async (input: ActivationInput, { container }) => {
    const [request] = await accountRequestService(container).listOrganizationAccountRequests(
      { activation_token_hash: hashSecret(input.token), status: "approved" },
      { select: ["id", "email", "organization_id", "customer_id"] }
    )
    if (!request?.customer_id || !request.organization_id) {
      throw refusal(REFUSAL.token_invalid, invalidTokenMessage("activation"), { invalidData: true })
    }
    if (!input.password && input.customer_id !== request.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, PASSWORD_REQUIRED_MESSAGE)
    }
    return new StepResponse(request as ApprovedRequest)
  }
)

type Activated = { id: string; organization_id: string } | null

/**
 * The membership the approval made becomes active, once its link was used. Only a pending
 * one: a membership the merchant deactivated or removed meanwhile stays as it is. (When the
 * link set the password, set-customer-password ended every older session of that login.)
 */
export const activateApprovedMembershipStepId = "activate-approved-membership"
export const activateApprovedMembershipStep = createStep(
  activateApprovedMembershipStepId,
  async (
    { organization_id, customer_id }: { organization_id: string; customer_id: string },
    { container }
  ) => {
    const service = organizationService(container)
    const [membership] = await service.listOrganizationMemberships(
      { organization_id, customer_id, status: PENDING_MEMBERSHIP_STATUS },
      { select: ["id", "organization_id"] }
    )
    if (!membership) return new StepResponse(null as Activated, null as Activated)
    await service.updateOrganizationMemberships({
      id: membership.id,
      status: "active",
    })
    const activated = { id: membership.id, organization_id }
    return new StepResponse(activated as Activated, activated as Activated)
  },
  async (activated, { container }) => {
    if (!activated) return
    await organizationService(container).updateOrganizationMemberships({
      id: activated.id,
      status: PENDING_MEMBERSHIP_STATUS,
    })
  }
)
