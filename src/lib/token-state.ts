import { REFUSAL, type RefusalCode } from "./refusal-codes"

// Why a single-use link does not work, told to its holder (who holds the secret, so telling
// "used" from "expired" from "unknown" gives nobody else anything): one code and sentence each.

export type LinkKind = "activation" | "invitation"

/** What the stored row says of a token; null: no row has that token (or it was withdrawn). */
export type TokenState = { used: boolean; expired: boolean } | null

const MESSAGES: Record<LinkKind, Record<"token_invalid" | "token_used" | "token_expired", string>> = {
  activation: {
    token_invalid: "This activation link is not valid: open the whole link from the e-mail, or ask the shop for a new one",
    token_used: "This activation link was used already: log in with your e-mail address and password",
    token_expired: "This activation link has expired: ask the shop for a new one",
  },
  invitation: {
    token_invalid: "This invitation is not valid (it may have been withdrawn): ask your organization's administrator for a new one",
    token_used: "This invitation was accepted already: log in to continue",
    token_expired: "This invitation has expired: ask your organization's administrator for a new one",
  },
}

/** The code and message for a link in `state`; null when it may be used. */
export function tokenRefusalOf(kind: LinkKind, state: TokenState): { code: RefusalCode; message: string } | null {
  const code = !state ? REFUSAL.token_invalid : state.used ? REFUSAL.token_used : state.expired ? REFUSAL.token_expired : null
  return code ? { code, message: MESSAGES[kind][code as keyof (typeof MESSAGES)[LinkKind]] } : null
}

/** The message of a link nobody can use (unknown, withdrawn). */
export const invalidTokenMessage = (kind: LinkKind) => MESSAGES[kind].token_invalid
