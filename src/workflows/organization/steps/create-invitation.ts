import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import type { CreateInvitationDTO } from "../../../modules/organization/types"
import { newInvitationToken } from "./invitation-tokens"
import { organizationService } from "../../common/module-services"
import { listCustomersByEmail } from "../../common/by-email"

export const createInvitationStepId = "create-invitation"

/**
 * Creates an invitation with a fresh token. The token leaves this step only in the
 * workflow result, for the event that e-mails it; the database keeps its hash.
 */
export const createInvitationStep = createStep(
  createInvitationStepId,
  async (data: CreateInvitationDTO, { container }) => {
    const service = organizationService(container)
    const email = data.email.toLowerCase()

    const customers = await listCustomersByEmail(container, [email], ["id"])
    if (customers.length) {
      const members = await service.listOrganizationMemberships(
        { organization_id: data.organization_id, customer_id: customers.map((c) => c.id) },
        { select: ["id", "status"] }
      )
      if (members.length) {
        throw new ConflictError(`${email} is already a member of this organization`)
      }
    }
    const open = await service.listOrganizationInvitations(
      { organization_id: data.organization_id, email, accepted_at: null, revoked_at: null },
      { select: ["id"] }
    )
    if (open.length) {
      throw new ConflictError(
        `${email} already has an open invitation (${open[0].id}); resend or revoke it`
      )
    }

    const { token, ...secret } = newInvitationToken(container)
    const invitation = await service.createOrganizationInvitations({ ...data, email, ...secret })
    return new StepResponse({ invitation, token }, invitation.id)
  },
  async (invitationId, { container }) => {
    if (!invitationId) return
    await organizationService(container).deleteOrganizationInvitations(invitationId)
  }
)
