import { trustedAddresses, type ProxyTrust } from "./client-ip"
/**
 * Plugin options, given in medusa-config.ts:
 *   plugins: [{ resolve: "medusa-plugin-b2b-accounts", options: { storefrontUrl: "https://shop.example" } }]
 * Medusa hands plugin options to the plugin's modules; the organization module keeps them.
 */
export type B2BAccountsOptions = {
  /** Base URL of the storefront; e-mail links are built from it, never from request headers. */
  storefrontUrl?: string
  /** How long an invitation link stays valid, in seconds (default 7 days). */
  invitationTtlSeconds?: number
  /** How long an account activation link stays valid, in seconds (default 7 days). */
  activationTtlSeconds?: number
  /** Public account requests per client IP and window (default 5 per hour). */
  accountRequestLimit?: { limit?: number; windowSeconds?: number }
  /** Seats of a subscription or training unless the product says otherwise (default 2). */
  defaultSeats?: number
  /** Seats per product SKU or handle, overriding product metadata `b2b_seats`: a number or "unlimited". */
  seatOverrides?: Record<string, number | "unlimited">
  /** How long a bought subscription runs, in months (default 12). */
  subscriptionMonths?: number
  /** How long a portal session lasts, in seconds (default 15 minutes). */
  portalSessionTtlSeconds?: number
  /** Failed portal code tries per client IP and window before 429 (default 5 per 15 min). */
  portalAttempts?: { limit?: number; windowSeconds?: number }
  /** Notification template ids, for your notification provider. */
  templates?: Partial<Record<TemplateName, string>>
  /** Tries at a secret (e.g. invitation tokens) per customer and window (default 10 per 10 min). */
  tokenAttempts?: { limit?: number; windowSeconds?: number }
  /**
   * Per-client limits count the socket address by default. Behind your own proxies, the number
   * of them (or `true` for one) so the address they forward counts instead (default 0); or the
   * addresses / CIDR ranges of the proxies and servers whose `X-Forwarded-For` to believe (e.g.
   * your server-rendered storefront's), so that they can name their visitor and nobody else can.
   */
  trustProxy?: number | boolean | string[]
  /**
   * E-mail customers the link of Medusa's reset-password flow (`auth.password_reset`, template
   * `passwordReset`: `${storefrontUrl}/account/set-password?token=…&email=…`). Off by default:
   * a store that already e-mails these keeps doing so alone.
   */
  passwordResetEmails?: boolean
  /**
   * Days a pending approval request waits for a decision before a scheduled job expires it and
   * tells the requester (default 30; 0: never). The requester may ask again.
   */
  approvalExpiryDays?: number
  /**
   * Days before a subscription ends that the organization's members with `entitlements.manage`
   * are e-mailed once (template `subscriptionEnding`; default 30; 0: no reminders).
   */
  subscriptionReminderDays?: number
}

export type TemplateName =
  | "invitation"
  | "memberRemoved"
  | "memberDeactivated"
  | "accountRequestApproved"
  | "accountRequestRejected"
  | "accountRequestReceived"
  | "memberActivation"
  | "approvalRequested"
  | "approvalDecided"
  | "seatAssigned"
  | "passwordReset"
  | "subscriptionEnding"

export const DEFAULT_TEMPLATES: Record<TemplateName, string> = {
  invitation: "b2b-organization-invitation",
  memberRemoved: "b2b-member-removed",
  memberDeactivated: "b2b-member-deactivated",
  accountRequestApproved: "b2b-account-request-approved",
  accountRequestRejected: "b2b-account-request-rejected",
  accountRequestReceived: "b2b-account-request-received",
  memberActivation: "b2b-member-activation",
  approvalRequested: "b2b-approval-requested",
  approvalDecided: "b2b-approval-decided",
  seatAssigned: "b2b-seat-assigned",
  passwordReset: "b2b-password-reset",
  subscriptionEnding: "b2b-subscription-ending",
}

export type ResolvedOptions = {
  storefrontUrl: string
  invitationTtlSeconds: number
  activationTtlSeconds: number
  accountRequestLimit: { limit: number; windowSeconds: number }
  defaultSeats: number
  seatOverrides: Record<string, number | "unlimited">
  subscriptionMonths: number
  portalSessionTtlSeconds: number
  portalAttempts: { limit: number; windowSeconds: number }
  templates: Record<TemplateName, string>
  tokenAttempts: { limit: number; windowSeconds: number }
  /** Hops to trust (a number), or the matcher of the trusted addresses and ranges (built once, at boot). */
  trustProxy: ProxyTrust
  passwordResetEmails: boolean
  approvalExpiryDays: number
  subscriptionReminderDays: number
}

/** A count of days where 0 turns the feature off; anything else unusable falls back. */
const days = (value: unknown, fallback: number) => {
  const number = Number(value)
  return value !== undefined && value !== null && Number.isFinite(number) && number >= 0 ? number : fallback
}

const positive = (value: unknown, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

export function resolveOptions(options: B2BAccountsOptions = {}): ResolvedOptions {
  return {
    storefrontUrl: (options.storefrontUrl || "http://localhost:8000").replace(/\/+$/, ""),
    invitationTtlSeconds: positive(options.invitationTtlSeconds, 7 * 24 * 60 * 60),
    activationTtlSeconds: positive(options.activationTtlSeconds, 7 * 24 * 60 * 60),
    accountRequestLimit: {
      limit: positive(options.accountRequestLimit?.limit, 5),
      windowSeconds: positive(options.accountRequestLimit?.windowSeconds, 60 * 60),
    },
    defaultSeats: positive(options.defaultSeats, 2),
    seatOverrides: { ...(options.seatOverrides ?? {}) },
    subscriptionMonths: positive(options.subscriptionMonths, 12),
    portalSessionTtlSeconds: positive(options.portalSessionTtlSeconds, 15 * 60),
    portalAttempts: {
      limit: positive(options.portalAttempts?.limit, 5),
      windowSeconds: positive(options.portalAttempts?.windowSeconds, 15 * 60),
    },
    templates: { ...DEFAULT_TEMPLATES, ...(options.templates ?? {}) },
    tokenAttempts: {
      limit: positive(options.tokenAttempts?.limit, 10),
      windowSeconds: positive(options.tokenAttempts?.windowSeconds, 600),
    },
    passwordResetEmails: options.passwordResetEmails === true,
    approvalExpiryDays: days(options.approvalExpiryDays, 30),
    subscriptionReminderDays: days(options.subscriptionReminderDays, 30),
    trustProxy: Array.isArray(options.trustProxy)
      ? // Built here, once: a wrong entry stops the store at boot, not at the first request.
        trustedAddresses(options.trustProxy.map(String))
      : options.trustProxy === true
        ? 1
        : Math.max(0, Math.floor(Number(options.trustProxy) || 0)),
  }
}
