// The shapes the admin API answers with. Records are the modules' model types
// (src/modules/*/types.ts, `InferTypeOf`) as JSON carries them, computed fields come from the
// server's response types, closed value sets from src/lib/constants.ts. Type-only imports:
// nothing of the server reaches the bundle.
import type { CurrencyAmounts } from "../../lib/money"
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
import type { InvitationDTO, LocationDTO, MembershipDTO, OrganizationDTO, OrganizationOrderDTO } from "../../modules/organization/types"
import type { AccountRequestDTO } from "../../modules/account-request/types"
import type { AccessGroupDTO, SalesChannelSettings } from "../../modules/access-group/types"
import type { ApprovalPolicyDTO, ApprovalRequestDTO, ApprovalSnapshot } from "../../modules/approval/types"
import type { EntitlementDTO, SeatDTO } from "../../modules/entitlement/types"
import type { AccessCodeDTO, AssetDTO } from "../../modules/portal-access/types"
import type { EntitlementResponse } from "../../api/resources/entitlements/query-config"

export type { MembershipStatus }

type Of<T extends readonly string[]> = T[number]
export type OrganizationStatus = Of<typeof ORGANIZATION_STATUSES>
export type InvitationStatus = Of<typeof INVITATION_STATUSES>
export type AccountRequestStatus = Of<typeof ACCOUNT_REQUEST_STATUSES>
export type RegistrationMode = Of<typeof REGISTRATION_MODES>
export type ApprovalStatus = Of<typeof APPROVAL_STATUSES>
export type DeciderType = Of<typeof DECIDER_TYPES>
export type SpendingPeriod = Of<typeof SPENDING_PERIODS>
export type EntitlementKind = Of<typeof ENTITLEMENT_KINDS>

/** A record as JSON carries it: dates as ISO strings. */
export type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K]
}

export type Page = { count: number; limit: number; offset: number }

/** A big-number column (totals, thresholds): JSON carries a number, older answers a string. */
type Amount = number | string

export type Organization = Json<
  Pick<OrganizationDTO, "id" | "name" | "legal_name" | "vat_number" | "registration_number" | "country_code" | "status" | "created_at">
> & {
  metadata: Record<string, unknown> | null
  access_groups?: { id: string; name: string; registration_mode: RegistrationMode }[]
}

export type Customer = { id: string; email: string; first_name: string | null; last_name: string | null }

export type Membership = Pick<MembershipDTO, "id" | "organization_id" | "customer_id" | "role"> & {
  grants: string[] | null
  revokes: string[] | null
  permissions: string[]
  /** pending: made by an approved account request or onboarding, until the contact activates. */
  status: MembershipStatus
  /** Per currency, `{ eur: 100 }` (lib/money); null: no limit. */
  spending_limit: CurrencyAmounts | null
  locations?: { id: string; label: string }[]
  customer?: Customer | null
  organization?: Pick<Organization, "id" | "name" | "status"> | null
}

export type Invitation = Json<Pick<InvitationDTO, "id" | "email" | "role" | "expires_at" | "created_at">> & {
  /** Worked out by the server from the invitation's dates. */
  status: InvitationStatus
  /** The delivery locations the invitee gets on accepting. */
  location_ids?: string[]
}

export type AccountRequest = Json<
  Pick<
    AccountRequestDTO,
    | "id" | "status" | "company_name" | "vat_number" | "registration_number" | "country_code" | "first_name" | "last_name"
    | "email" | "phone" | "reason" | "decided_by" | "decided_at" | "organization_id" | "customer_id" | "sales_channel_id"
    | "created_at"
  >
> &
  Partial<Json<Pick<AccountRequestDTO, "activation_expires_at" | "activated_at">>> & {
    /** A json column: the company's postal address as the store form sent it. */
    address: Record<string, string | null> | null
    /** Organizations with the same VAT or registration number (detail only). */
    possible_duplicates?: DuplicateOrganization[]
  }

export type AccessGroup = Json<Pick<AccessGroupDTO, "id" | "name" | "registration_mode" | "created_at">> & {
  sales_channels?: { id: string; name: string }[]
  organizations?: { id: string; name: string }[]
  customers?: Customer[]
}

export type Location = Json<
  Pick<
    LocationDTO,
    "id" | "label" | "company" | "first_name" | "last_name" | "address_1" | "address_2" | "postal_code" | "city" | "province" | "country_code" | "phone"
  >
>

/** An order placed for an organization, with the order's own summary. */
export type OrganizationOrder = Json<Pick<OrganizationOrderDTO, "id" | "order_id" | "status" | "currency_code" | "created_at">> & {
  total: Amount
  location?: { id: string; label: string } | null
  order?: { id: string; display_id: number; email: string | null; payment_status: string; fulfillment_status: string } | null
}

/** A member's request to have a cart approved (the approval module; names are read separately). */
export type Approval = Json<
  Pick<
    ApprovalRequestDTO,
    | "id" | "cart_id" | "organization_id" | "requested_by" | "requester_customer_id" | "status" | "currency_code"
    | "decided_by" | "decided_at" | "comment" | "order_id" | "created_at"
  >
> & {
  total: Amount
  reasons: ApprovalRequestDTO["reasons"] | null
}

export type ApprovalPolicy = Pick<ApprovalPolicyDTO, "id" | "period" | "threshold"> & {
  /** Active members who may decide approvals. */
  approvers?: number
}

/** A subscription or training of an organization, with its seat usage (`used`, `available`). */
export type Entitlement = Json<Pick<EntitlementDTO, "id" | "kind" | "title" | "seats" | "starts_at" | "ends_at">> &
  Pick<EntitlementResponse, "used" | "available"> & {
    assignments?: Pick<SeatDTO, "id" | "membership_id" | "participant_name" | "participant_email">[]
  }

/** A portal access code; the code itself is only ever in the response that makes it. */
export type AccessCode = Json<
  Pick<AccessCodeDTO, "id" | "location_id" | "requires_installation_token" | "enabled" | "regenerated_at" | "created_at">
>

/** An installation ("asset") at a location; its token is shown once, like a code. */
export type PortalAsset = Json<Pick<AssetDTO, "id" | "location_id" | "name" | "serial_number" | "created_at">>

// Issue 16 (A2): e-mail outcomes, copyable links, approval decisions and duplicates.

/** What happened to the e-mail an action sent (contracts: "email outcome"). */
export type EmailOutcome = { status: "sent" | "failed"; to: string; reason?: string }

/** `GET /admin/b2b/status`: whether any notification provider serves the `email` channel. */
export type { SalesChannelSettings }

export type B2bStatus = { email_delivery: { configured: boolean; providers: string[]; message: string | null } }

/** A fresh single-use link, made on demand (the previous one is dead). */
export type CopyableLink = { url: string; expires_at: string }

/** An organization sharing a VAT or registration number with what is being typed or approved. */
export type DuplicateOrganization = Pick<Organization, "id" | "name" | "vat_number" | "registration_number" | "status">

/** The cart as requested: the request's snapshot (lib/approval-snapshot), never the live cart. */
export type ApprovalCart = ApprovalSnapshot
export type ApprovalCartItem = ApprovalSnapshot["items"][number]

export type ApprovalPerson = { email: string | null; first_name: string | null; last_name: string | null }

/** `GET /admin/approvals/:id`: the approval with its cart, who asked and who decided. */
export type ApprovalDetail = Approval & {
  decided_by_type?: DeciderType | null
  /** The cart is no longer what was asked: a decision would be refused (409 `approval_stale`). */
  cart_changed?: boolean
  cart?: ApprovalCart | null
  requester?: (ApprovalPerson & { membership_id: string; customer_id: string }) | null
  decider?: (ApprovalPerson & { type: DeciderType; id: string | null }) | null
}

// Issue 16 (A1): order-shaped organization order entries (contracts S2.4).

/**
 * `GET /admin/organizations/:id/orders` entry: `id` is Medusa's order id. Until the server
 * answers in this shape the old fields (`order_id`, `order.*`, `location.label`) are read too.
 */
export type OrganizationOrderEntry = {
  id: string
  display_id?: number | null
  status?: string
  payment_status?: string | null
  fulfillment_status?: string | null
  total: number | string
  subtotal?: number | string
  currency_code: string
  created_at: string
  location?: { id: string; name?: string; label?: string } | null
  member?: { membership_id: string; customer_id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  approval_id?: string | null
  /** Older answers: the organization record's own id is `id`, the order's is here. */
  order_id?: string
  order?: { id: string; display_id: number; email: string | null; payment_status: string; fulfillment_status: string } | null
}
