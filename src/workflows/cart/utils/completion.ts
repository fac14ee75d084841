import { refusal } from "../../../lib/refusal"
import { REFUSAL } from "../../../lib/refusal-codes"
import type { Reason } from "./approval-reasons"

/** How long a completing checkout holds its spend at most (a crashed one stops counting then). */
export const SPENDING_RESERVATION_TTL_MS = 5 * 60 * 1000

/** The cart's latest open or decided request, as the completion rule reads it. */
export type LatestApproval = { status: string; fingerprint: string } | null

/**
 * The completion rule: a cart that needs approval (`reasons`) completes only with an
 * approved request whose fingerprint is the cart's current one. Refusals: without a request
 * `spending_limit_exceeded`, `currency_not_covered` or `approval_required`, then
 * `approval_pending`, `approval_rejected` or `approval_stale`.
 */
export function assertCartApproved(reasons: Reason[], latest: LatestApproval, fingerprint: string) {
  if (!reasons.length) return
  const code = reasons.some((reason) => reason.kind === "spending_limit")
    ? REFUSAL.spending_limit_exceeded
    : reasons.some((reason) => reason.kind === "currency")
      ? REFUSAL.currency_not_covered
      : REFUSAL.approval_required
  const why = reasons.map((reason) => reason.text).join("; ")
  if (!latest) {
    throw refusal(code, `This order needs your organization's approval (${why}): send the cart for approval, then place the order once it is approved`)
  }
  if (latest.status === "pending") throw refusal(REFUSAL.approval_pending, `This order waits for your organization's approval (${why}): you can place it once it is approved`)
  if (latest.status === "rejected") throw refusal(REFUSAL.approval_rejected, `Your organization did not approve this order (${why}): change the cart and send it for approval again`)
  if (latest.fingerprint !== fingerprint) {
    throw refusal(REFUSAL.approval_stale, "The cart changed after it was approved: send it for approval again")
  }
}
