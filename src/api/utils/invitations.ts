import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { invitationFields } from "./query-configs"

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

type InvitationRow = {
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
  expires_at?: Date | string | null
}

export function invitationStatus(invitation: InvitationRow): InvitationStatus {
  if (invitation.accepted_at) return "accepted"
  if (invitation.revoked_at) return "revoked"
  return new Date(invitation.expires_at!).getTime() <= Date.now() ? "expired" : "pending"
}

/** The database filter for a status, so lists stay paginated in the database. */
function statusFilter(status: InvitationStatus): Record<string, unknown> {
  const now = new Date()
  switch (status) {
    case "accepted":
      return { accepted_at: { $ne: null } }
    case "revoked":
      return { revoked_at: { $ne: null } }
    case "expired":
      return { accepted_at: null, revoked_at: null, expires_at: { $lte: now } }
    case "pending":
      return { accepted_at: null, revoked_at: null, expires_at: { $gt: now } }
  }
}

// Fields `status` is computed from are always read; token_hash never is.
const withStatusFields = (fields: string[]) => [
  ...new Set([...fields.filter((f) => f !== "token_hash"), "accepted_at", "revoked_at", "expires_at"]),
]

type Page = { skip?: number; take?: number; order?: Record<string, unknown> }

export async function listOrganizationInvitations(
  scope: MedusaContainer,
  organizationId: string,
  {
    fields,
    filters: { status, ...filters },
    pagination,
  }: { fields: string[]; filters: Record<string, unknown>; pagination: Page }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "organization_invitation",
    fields: withStatusFields(fields),
    filters: {
      ...filters,
      ...(status ? statusFilter(status as InvitationStatus) : {}),
      organization_id: organizationId,
    },
    pagination: { ...pagination, order: pagination.order ?? { created_at: "DESC" } },
  })
  return {
    invitations: data.map((invitation) => ({ ...invitation, status: invitationStatus(invitation) })),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  }
}

/** One invitation of an organization; other organizations' invitations answer 404. */
export async function refetchInvitation(
  scope: MedusaContainer,
  organizationId: string,
  invitationId: string,
  fields: string[] = invitationFields
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [invitation],
  } = await query.graph({
    entity: "organization_invitation",
    fields: withStatusFields(fields),
    filters: { id: invitationId, organization_id: organizationId },
  })
  if (!invitation) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${invitationId} was not found`)
  }
  return { ...invitation, status: invitationStatus(invitation) }
}
