// The stable `code` of every business-rule refusal the plugin answers, in one place.
// No server imports: the admin bundle and storefronts may import this file.

/**
 * Code → the HTTP status it answers with. README's "Refusal codes" table lists the same
 * codes (a unit test keeps the two, and the HTTP tests, in step).
 */
export const REFUSAL_STATUS = {
  // Checkout and approvals
  approval_required: 400,
  approval_pending: 400,
  approval_rejected: 400,
  approval_stale: 400,
  spending_limit_exceeded: 400,
  currency_not_covered: 400,
  approval_already_decided: 409,
  self_approval_forbidden: 403,
  checkout_in_progress: 409,
  cart_empty: 400,
  approval_not_required: 400,
  cart_member_only: 400,
  organization_cart_required: 400,
  location_not_allowed: 400,
  sales_channel_not_on_storefront: 400,
  not_admitted_on_storefront: 403,
  // Acting for an organization
  membership_pending: 403,
  membership_deactivated: 403,
  organization_suspended: 403,
  permission_required: 403,
  organization_ambiguous: 400,
  // A login session older than the last proof of the account's e-mail (a password set by link)
  session_superseded: 401,
  // The login's own e-mail is not the customer record's (any login can create a record with any e-mail)
  login_email_unproven: 403,
  // POST /store/customers with an e-mail that is not the registering login's own
  customer_email_not_login: 400,
  // Member changes
  self_change_forbidden: 403,
  escalation_forbidden: 403,
  spending_limit_admin_only: 403,
  spending_limit_merchant_set: 403,
  // A pending membership leaves `pending` only by its contact's link (send activation instead).
  membership_pending_activation: 409,
  last_admin: 409,
  // Seats
  seats_exhausted: 409,
  seat_already_assigned: 409,
  seats_in_use: 409,
  // Account requests
  possible_duplicate: 409,
  // Links: an activation or invitation token that is unknown or withdrawn; an invitation
  // accepted by another login.
  token_invalid: 400,
  // A link used already (a set-password link: 401, as Medusa answers it), or past its expiry.
  token_used: 400,
  token_expired: 400,
  invitation_other_email: 403,
  // A new activation link for a membership that is no longer pending (used, or removed).
  membership_not_pending: 409,
  // Any other conflict the plugin answers (a name or e-mail taken, a decision already made).
  conflict: 409,
} as const

export type RefusalCode = keyof typeof REFUSAL_STATUS

export const REFUSAL_CODES = Object.keys(REFUSAL_STATUS) as RefusalCode[]

/** One name per code, so that callers write `REFUSAL.last_admin` and a typo does not compile. */
export const REFUSAL = Object.fromEntries(REFUSAL_CODES.map((code) => [code, code])) as {
  readonly [C in RefusalCode]: C
}

export const isRefusalCode = (value: unknown): value is RefusalCode =>
  typeof value === "string" && Object.prototype.hasOwnProperty.call(REFUSAL_STATUS, value)

/**
 * The code of every other 4xx a plugin route answers (no business rule: bad input, no login,
 * no access, unknown id, transport, limits), with its status. A 400 of Medusa's field
 * validation is `invalid_data` with `errors: [{ field, message }]`.
 */
export const GENERIC_STATUS = {
  invalid_data: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const

export type GenericCode = keyof typeof GENERIC_STATUS

/** Every `code` a 4xx of the plugin's routes carries: README's table lists exactly these. */
export type ErrorCode = RefusalCode | GenericCode

export const ERROR_STATUS: Record<ErrorCode, number> = { ...REFUSAL_STATUS, ...GENERIC_STATUS }

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[]

// A 4xx that carries no code of its own (Medusa's `authenticate`, a proxy) gets its status's.
const CODE_OF_4XX = new Map<number, ErrorCode>([
  ...Object.entries(GENERIC_STATUS).map(([code, status]) => [status, code as GenericCode] as const),
  [409, REFUSAL.conflict],
])

/** The stable code of a 4xx without one (`unauthorized`, `not_found`, …; `invalid_data` for any other). */
export const codeOf4xx = (status: number): ErrorCode => CODE_OF_4XX.get(status) ?? "invalid_data"

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_STATUS, value)
