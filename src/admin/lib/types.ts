// The shapes the admin API answers with. Records of the organization module are its model types
// (src/modules/organization/types.ts, `InferTypeOf`) as JSON carries them; closed value sets
// come from src/lib/constants.ts. Type-only imports: nothing of the server reaches the bundle.
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
import type { InvitationDTO, LocationDTO, MembershipDTO, OrganizationDTO } from "../../modules/organization/types"

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
  /** A number in the answer (a big number in the model). */
  spending_limit: number | null
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

export type AccountRequest = {
  id: string
  status: AccountRequestStatus
  company_name: string
  vat_number: string
  registration_number: string
  country_code: string
  address: Record<string, string | null> | null
  first_name: string
  last_name: string
  email: string
  phone: string | null
  reason: string | null
  decided_by: string | null
  decided_at: string | null
  organization_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  activation_expires_at?: string | null
  activated_at?: string | null
  created_at: string
  /** Organizations with the same VAT or registration number (detail only). */
  possible_duplicates?: DuplicateOrganization[]
}

export type AccessGroup = {
  id: string
  name: string
  registration_mode: RegistrationMode
  created_at: string
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
export type OrganizationOrder = {
  id: string
  order_id: string
  status: string
  total: number | string
  currency_code: string
  created_at: string
  location?: { id: string; label: string } | null
  order?: { id: string; display_id: number; email: string | null; payment_status: string; fulfillment_status: string } | null
}

/** A member's request to have a cart approved (the approval module; names are read separately). */
export type Approval = {
  id: string
  cart_id: string
  organization_id: string
  requested_by: string
  requester_customer_id: string
  status: ApprovalStatus
  currency_code: string
  total: number | string
  reasons: string[] | null
  decided_by: string | null
  decided_at: string | null
  comment: string | null
  order_id: string | null
  created_at: string
}

export type ApprovalPolicy = {
  id: string
  threshold: number | string | null
  currency_code: string
  period: SpendingPeriod
  /** Active members who may decide approvals. */
  approvers?: number
}

/** A subscription or training of an organization, with its seat usage. */
export type Entitlement = {
  id: string
  kind: EntitlementKind
  title: string
  seats: number | null
  used: number
  available: number | null
  starts_at: string | null
  ends_at: string | null
  assignments?: { id: string; membership_id: string | null; participant_name: string | null; participant_email: string | null }[]
}

/** A portal access code; the code itself is only ever in the response that makes it. */
export type AccessCode = {
  id: string
  location_id: string | null
  requires_installation_token: boolean
  enabled: boolean
  regenerated_at: string
  created_at: string
}

/** An installation ("asset") at a location; its token is shown once, like a code. */
export type PortalAsset = {
  id: string
  location_id: string
  name: string
  serial_number: string | null
  created_at: string
}

// Issue 16 (A2): e-mail outcomes, copyable links, approval decisions and duplicates.

/** What happened to the e-mail an action sent (contracts: "email outcome"). */
export type EmailOutcome = { status: "sent" | "failed"; to: string; reason?: string }

/** `GET /admin/b2b/status`: whether any notification provider serves the `email` channel. */
export type B2bStatus = { email_delivery: { configured: boolean; providers: string[]; message: string | null } }

/** A fresh single-use link, made on demand (the previous one is dead). */
export type CopyableLink = { url: string; expires_at: string }

/** An organization sharing a VAT or registration number with what is being typed or approved. */
export type DuplicateOrganization = Pick<Organization, "id" | "name" | "vat_number" | "registration_number" | "status">

export type ApprovalCartItem = {
  id: string
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number | string
  total: number | string
}

export type ApprovalCart = {
  id: string
  currency_code: string
  total: number | string
  subtotal: number | string
  shipping_total: number | string
  tax_total: number | string
  items: ApprovalCartItem[]
}

export type ApprovalPerson = { email: string | null; first_name: string | null; last_name: string | null }

/** `GET /admin/approvals/:id`: the approval with its cart, who asked and who decided. */
export type ApprovalDetail = Approval & {
  decided_by_type?: DeciderType | null
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
