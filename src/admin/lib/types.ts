// The shapes the admin API answers with: the response schemas the routes are checked against
// (src/api/resources/*/schemas.ts), inferred, never written twice. Closed value sets come from
// src/lib/constants.ts. Type-only imports: nothing of the server reaches the bundle.
import type { z } from "zod"
import type {
  ACCOUNT_REQUEST_STATUSES,
  APPROVAL_STATUSES,
  DECIDER_TYPES,
  ENTITLEMENT_KINDS,
  INVITATION_STATUSES,
  ORGANIZATION_STATUSES,
  REGISTRATION_MODES,
  SPENDING_PERIODS,
} from "../../lib/constants"
import type { MembershipStatus } from "../../lib/constants"
import type { SalesChannelSettings } from "../../modules/access-group/types"
import type * as accessGroups from "../../api/resources/access-groups/schemas"
import type * as accountRequests from "../../api/resources/account-requests/schemas"
import type * as approvals from "../../api/resources/approvals/schemas"
import type * as common from "../../api/resources/common"
import type * as entitlements from "../../api/resources/entitlements/schemas"
import type * as invitations from "../../api/resources/invitations/schemas"
import type * as locations from "../../api/resources/locations/schemas"
import type * as members from "../../api/resources/members/schemas"
import type * as orders from "../../api/resources/orders/schemas"
import type * as organizations from "../../api/resources/organizations/schemas"
import type * as portal from "../../api/resources/portal/schemas"
import type * as status from "../../api/resources/status/schemas"

export type { MembershipStatus, SalesChannelSettings }

type Of<T extends readonly string[]> = T[number]
export type OrganizationStatus = Of<typeof ORGANIZATION_STATUSES>
export type InvitationStatus = Of<typeof INVITATION_STATUSES>
export type AccountRequestStatus = Of<typeof ACCOUNT_REQUEST_STATUSES>
export type RegistrationMode = Of<typeof REGISTRATION_MODES>
export type ApprovalStatus = Of<typeof APPROVAL_STATUSES>
export type DeciderType = Of<typeof DECIDER_TYPES>
export type SpendingPeriod = Of<typeof SPENDING_PERIODS>
export type EntitlementKind = Of<typeof ENTITLEMENT_KINDS>

export type Page = { count: number; limit: number; offset: number }

export type Organization = z.infer<typeof organizations.organization> & {
  /** Only where a page asks for them with `?fields=`. */
  access_groups?: Pick<AccessGroup, "id" | "name" | "registration_mode">[]
}
export type Membership = z.infer<typeof members.membership>
/** `GET …/members/:id/spending`: how the member's limit stands this period, per currency. */
export type MemberSpending = z.infer<typeof members.spendingResponse>["spending"]
export type Customer = NonNullable<Membership["customer"]>
/** `GET /admin/customers/:id/organization-memberships`: each names its organization. */
export type CustomerMembership = z.infer<typeof members.customerMembershipListResponse>["memberships"][number]
export type Invitation = z.infer<typeof invitations.invitation>
export type AccountRequest = z.infer<typeof accountRequests.accountRequest> & {
  /** Organizations with the same VAT or registration number (detail only). */
  possible_duplicates?: DuplicateOrganization[]
}
export type AccessGroup = z.infer<typeof accessGroups.accessGroup>
export type Location = z.infer<typeof locations.location>
export type Approval = z.infer<typeof approvals.approval>
export type ApprovalPolicy = z.infer<typeof approvals.approvalPolicy>
export type Entitlement = z.infer<typeof entitlements.entitlement>
export type AccessCode = z.infer<typeof portal.accessCode>
export type PortalAsset = z.infer<typeof portal.asset>

/** What happened to the e-mail an action sent. */
export type EmailOutcome = z.infer<typeof common.emailOutcome>

/** `GET /admin/b2b/status`: whether any notification provider serves the `email` channel. */
export type B2bStatus = z.infer<typeof status.b2bStatusResponse>

/** A fresh single-use link, made on demand (the previous one is dead). */
export type CopyableLink = { url: string; expires_at: string }

/** An organization sharing a VAT or registration number with what is being typed or approved. */
export type DuplicateOrganization = z.infer<typeof organizations.duplicateOrganization>

/** The cart as requested: the request's snapshot, never the live cart. */
export type ApprovalCart = z.infer<typeof approvals.approvalCart>
export type ApprovalCartItem = ApprovalCart["items"][number]

export type ApprovalPerson = Pick<NonNullable<ApprovalDetail["decider"]>, "email" | "first_name" | "last_name">

/** `GET /admin/approvals/:id`: the approval with its cart, who asked and who decided. */
export type ApprovalDetail = z.infer<typeof approvals.approvalDetail>

/** `GET /admin/organizations/:id/orders` entry: `id` is Medusa's order id. */
export type OrganizationOrderEntry = z.infer<typeof orders.organizationOrder>
