// The bodies the admin sends, from the server's own validators (one source). `z.input`, not
// `z.infer`: the admin writes what a route accepts (before defaults, coercion and lower-casing),
// the route reads the parsed output. Type-only imports: no server code reaches the bundle.
import type { z } from "@medusajs/framework/zod"
import type {
  AdminChangeAccessGroupMembers,
  AdminCreateAccessGroup,
  AdminUpdateAccessGroup,
} from "../../api/admin/access-groups/validators"
import type { AdminApproveAccountRequest, AdminRejectAccountRequest } from "../../api/admin/account-requests/validators"
import type { DecideApproval } from "../../api/resources/approvals/validators"
import type { ChangeAccessCode, CreateAccessCode } from "../../api/admin/organizations/[id]/access-codes/validators"
import type { SetApprovalPolicy } from "../../api/admin/organizations/[id]/approval-policy/validators"
import type { CreateAsset } from "../../api/admin/organizations/[id]/assets/validators"
import type { CreateEntitlement, UpdateEntitlement } from "../../api/admin/organizations/[id]/entitlements/validators"
import type { AdminAddMember, AdminCreateOrganization, AdminUpdateOrganization } from "../../api/admin/organizations/validators"
import type { CreateInvitation } from "../../api/resources/invitations/validators"
import type { CreateLocation, UpdateLocation } from "../../api/resources/locations/validators"
import type { UpdateMembership } from "../../api/resources/members/validators"

export type CreateOrganizationBody = z.input<typeof AdminCreateOrganization>
export type UpdateOrganizationBody = z.input<typeof AdminUpdateOrganization>
export type AddMemberBody = z.input<typeof AdminAddMember>
export type UpdateMemberBody = z.input<typeof UpdateMembership>
export type InviteBody = z.input<typeof CreateInvitation>
export type CreateLocationBody = z.input<typeof CreateLocation>
export type UpdateLocationBody = z.input<typeof UpdateLocation>

export type CreateAccessGroupBody = z.input<typeof AdminCreateAccessGroup>
export type UpdateAccessGroupBody = z.input<typeof AdminUpdateAccessGroup>
export type ChangeAccessGroupMembersBody = z.input<typeof AdminChangeAccessGroupMembers>

export type ApproveAccountRequestBody = z.input<typeof AdminApproveAccountRequest>
export type RejectAccountRequestBody = z.input<typeof AdminRejectAccountRequest>

export type DecideApprovalBody = z.input<typeof DecideApproval>
export type ApprovalPolicyBody = z.input<typeof SetApprovalPolicy>

export type CreateEntitlementBody = z.input<typeof CreateEntitlement>
export type UpdateEntitlementBody = z.input<typeof UpdateEntitlement>

export type CreateAccessCodeBody = z.input<typeof CreateAccessCode>
export type ChangeAccessCodeBody = z.input<typeof ChangeAccessCode>
export type CreateAssetBody = z.input<typeof CreateAsset>
