import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import { hashSecret } from "../../../lib/secrets"
import { invalidTokenMessage } from "../../../lib/token-state"
import { organizationService } from "../../common/module-services"

export const acceptInvitationStepId = "accept-invitation"

export const acceptInvitationStep = createStep(
  acceptInvitationStepId,
  async (input: { token: string; customer_id: string }, { container }) => {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: input.customer_id }, { select: ["id", "email"] })
    if (!customer?.email) {
      throw refusal(REFUSAL.token_invalid, invalidTokenMessage("invitation"), { invalidData: true })
    }
    const result = await organizationService(container).acceptInvitation(
      input.token,
      hashSecret(input.token),
      { id: customer.id, email: customer.email }
    )
    return new StepResponse(result, {
      invitation_id: result.invitation.id,
      membership_id: result.membership.id,
    })
  },
  async (created, { container }) => {
    if (!created) return
    const service = organizationService(container)
    await service.deleteOrganizationMemberships(created.membership_id)
    await service.updateOrganizationInvitations({
      id: created.invitation_id,
      accepted_at: null,
      membership_id: null,
    })
  }
)
