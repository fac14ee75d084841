import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ConflictError } from "../../../lib/errors"
import { createSecret } from "../../../lib/secrets"
import { pluginOptions } from "../../common/plugin-options"
import { organizationService } from "../../common/module-services"

type Service = ReturnType<typeof organizationService>

/** A fresh link token, its hash, and the expiry from the plugin options. */
export function newInvitationToken(container: Pick<MedusaContainer, "resolve">) {
  const { token, hash } = createSecret()
  const ttlSeconds = pluginOptions(container).invitationTtlSeconds
  return { token, token_hash: hash, expires_at: new Date(Date.now() + ttlSeconds * 1000) }
}

/** 404 for another organization's invitation; 409 for one already accepted or revoked. */
export async function findOpenInvitation(
  service: Service,
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
