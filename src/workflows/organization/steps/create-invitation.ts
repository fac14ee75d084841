import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors"
import { createSecret } from "../../../lib/secrets"
import type { CreateInvitationDTO } from "../../../modules/organization/types"
import { organizationService } from "./organization-service"

/** A fresh link token, its hash, and the expiry from the plugin options. */
function newInvitationToken(service: ReturnType<typeof organizationService>) {
  const { token, hash } = createSecret()
  const ttlSeconds = service.getPluginOptions().invitationTtlSeconds
  return { token, token_hash: hash, expires_at: new Date(Date.now() + ttlSeconds * 1000) }
}

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

    const customers = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ email }, { select: ["id"] })
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

    const { token, ...secret } = newInvitationToken(service)
    const invitation = await service.createOrganizationInvitations({ ...data, email, ...secret } as any)
    return new StepResponse({ invitation, token }, invitation.id)
  },
  async (invitationId, { container }) => {
    if (!invitationId) return
    await organizationService(container).deleteOrganizationInvitations(invitationId)
  }
)

export const renewInvitationTokenStepId = "renew-invitation-token"

/** Resend: a new token and expiry replace the old ones, so the old link dies. */
export const renewInvitationTokenStep = createStep(
  renewInvitationTokenStepId,
  async (input: { organization_id: string; invitation_id: string }, { container }) => {
    const service = organizationService(container)
    const invitation = await findOpenInvitation(service, input)
    const { token, ...secret } = newInvitationToken(service)
    const updated = await service.updateOrganizationInvitations({ id: invitation.id, ...secret } as any)
    return new StepResponse(
      { invitation: updated, token },
      { id: invitation.id, token_hash: invitation.token_hash, expires_at: invitation.expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await organizationService(container).updateOrganizationInvitations(previous as any)
  }
)

export const revokeInvitationStepId = "revoke-invitation"

export const revokeInvitationStep = createStep(
  revokeInvitationStepId,
  async (input: { organization_id: string; invitation_id: string }, { container }) => {
    const service = organizationService(container)
    const invitation = await findOpenInvitation(service, input)
    const updated = await service.updateOrganizationInvitations({
      id: invitation.id,
      revoked_at: new Date(),
    } as any)
    return new StepResponse(updated, invitation.id)
  },
  async (invitationId, { container }) => {
    if (!invitationId) return
    await organizationService(container).updateOrganizationInvitations({
      id: invitationId,
      revoked_at: null,
    } as any)
  }
)

/** 404 for another organization's invitation; 409 for one already accepted or revoked. */
async function findOpenInvitation(
  service: ReturnType<typeof organizationService>,
  { organization_id, invitation_id }: { organization_id: string; invitation_id: string }
) {
  const [invitation] = await service.listOrganizationInvitations(
    { id: invitation_id, organization_id },
    { select: ["id", "token_hash", "expires_at", "accepted_at", "revoked_at"] }
  )
  if (!invitation) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Invitation with id: ${invitation_id} was not found`
    )
  }
  if (invitation.accepted_at || invitation.revoked_at) {
    throw new ConflictError(
      `Invitation ${invitation_id} was already ${invitation.accepted_at ? "accepted" : "revoked"}`
    )
  }
  return invitation
}
