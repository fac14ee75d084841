import type { MedusaContainer } from "@medusajs/framework/types"
import { INVITATION_STATUSES } from "../../../lib/constants"
import { invitationFields } from "./query-config"
import { listInOrganization, retrieveInOrganization, listQueryOf } from "../../utils/graph"

// Invitation reads for the admin and the store routes.

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

/** What a list route asks for: fields, filters and the page (graph.ts `listQueryOf`). */
type ListQuery = ReturnType<typeof listQueryOf>

/** One page of an organization's invitations, newest first, optionally of one status. */
export async function listOrganizationInvitations(
  scope: MedusaContainer,
  organizationId: string,
  { fields, filters: { status, ...filters }, pagination }: ListQuery
) {
  const { data, ...page } = await listInOrganization(scope, "organization_invitation", organizationId, {
    fields: withStatusFields(fields),
    filters: { ...filters, ...(status ? statusFilter(status as InvitationStatus) : {}) },
    pagination,
    defaultOrder: { created_at: "DESC" },
  })
  return {
    invitations: data.map((invitation) => ({ ...invitation, status: invitationStatus(invitation) })),
    ...page,
  }
}

/** One invitation of an organization; other organizations' invitations answer 404. */
export async function refetchInvitation(
  scope: MedusaContainer,
  organizationId: string,
  invitationId: string,
  fields: string[] = invitationFields
) {
  const invitation = await retrieveInOrganization(
    scope,
    "organization_invitation",
    "Invitation",
    organizationId,
    invitationId,
    withStatusFields(fields)
  )
  return { ...invitation, status: invitationStatus(invitation) }
}
