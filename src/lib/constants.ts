// The closed sets of values the models, validators, workflows and the admin share. Pure (no
// imports), so the admin bundle can use it without pulling in server code.

export const ORGANIZATION_STATUSES = ["active", "suspended"] as const
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number]

/** The membership statuses a merchant or an organization admin may set. */
export const MEMBERSHIP_STATUSES = ["active", "deactivated"] as const
/**
 * A membership made by an approved account request or onboarding, inactive until the contact
 * follows the single-use link e-mailed to them (proof that the login is theirs).
 */
export const PENDING_MEMBERSHIP_STATUS = "pending"
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number] | typeof PENDING_MEMBERSHIP_STATUS

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

export const ACCOUNT_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const
export type AccountRequestStatus = (typeof ACCOUNT_REQUEST_STATUSES)[number]

/** open: requests through the group's channels are approved at once (self-registration). */
export const REGISTRATION_MODES = ["open", "approval"] as const
export type RegistrationMode = (typeof REGISTRATION_MODES)[number]

/**
 * expired: a newer request replaced it before a decision;
 * superseded: approved, then the cart changed or a newer request replaced it (shown computed
 * while the cart differs, stored once a newer request is made).
 */
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "expired", "superseded"] as const
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]

/** Who decided an approval: a member with orders.approve, or the merchant in the admin. */
export const DECIDER_TYPES = ["member", "merchant"] as const
export type DeciderType = (typeof DECIDER_TYPES)[number]

export const SPENDING_PERIODS = ["day", "week", "month", "quarter", "year"] as const
export type SpendingPeriod = (typeof SPENDING_PERIODS)[number]

export const ENTITLEMENT_KINDS = ["subscription", "training"] as const
export type EntitlementKind = (typeof ENTITLEMENT_KINDS)[number]

/** The most members one batch request adds (admin route's validator and the batch workflow). */
export const MAX_BATCH_MEMBERS = 1000
