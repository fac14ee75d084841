import type { MedusaContainer } from "@medusajs/framework/types"
import { assertMemberChangeAllowed, memberActor } from "../../lib/member-changes"
import type { Role } from "../../lib/permissions"
import { ORGANIZATION_MODULE } from "../../modules/organization"
import type OrganizationModuleService from "../../modules/organization/service"
import { listInOrganization, retrieveInOrganization } from "./graph"
import { assertWithinActorRights, type OrganizationContext } from "./organization-guard"
import { invitationFields } from "./query-configs"
import { INVITATION_STATUSES } from "../../lib/constants"
export { INVITATION_STATUSES }

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

/** One page of an organization's invitations, newest first, optionally of one status. */
export async function listOrganizationInvitations(
  scope: MedusaContainer,
  organizationId: string,
  {
    fields,
    filters: { status, ...filters },
    pagination,
  }: { fields: string[]; filters: Record<string, unknown>; pagination: Page }
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

/**
 * 404 for another organization's invitation; 403 when the invitation hands out more than
 * the acting member holds (permissions or locations), so a member manager cannot resend or
 * revoke an invitation it could not have made.
 */
export async function assertMayHandleInvitation(
  scope: MedusaContainer,
  context: OrganizationContext,
  invitationId: string
) {
  const invitation = await refetchInvitation(scope, context.organization_id, invitationId, [
    "id",
    "role",
    "grants",
    "revokes",
    "location_ids",
  ])
  const change = {
    role: invitation.role as Role,
    grants: invitation.grants as string[],
    revokes: invitation.revokes as string[],
  }
  assertWithinActorRights(context, change)
  // Nor one handing out locations it is not assigned to itself (admins are not restricted).
  const locationIds = (invitation.location_ids ?? []) as string[]
  if (context.membership.role !== "admin" && locationIds.length) {
    const own = await scope
      .resolve<OrganizationModuleService>(ORGANIZATION_MODULE)
      .listMembershipLocationIds(context.membership.id)
    assertMemberChangeAllowed(memberActor(context.membership, own), null, { ...change, location_ids: locationIds })
  }
}
