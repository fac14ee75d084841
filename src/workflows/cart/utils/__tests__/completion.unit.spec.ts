import { REFUSAL } from "../../../../lib/refusal-codes"
import { codeOf } from "../../../../lib/__tests__/code-of"
import type { Reason } from "../approval-reasons"
import { assertCartApproved } from "../completion"

const threshold: Reason = { kind: "threshold", text: "above the threshold" }
const limit: Reason = { kind: "spending_limit", text: "above the limit" }
const currency: Reason = { kind: "currency", text: "no amount in USD" }

describe("assertCartApproved (the completion verdict)", () => {
  it("passes a cart that needs no approval, whatever the requests", () => {
    expect(codeOf(() => assertCartApproved([], null, "f1"))).toBeNull()
    expect(codeOf(() => assertCartApproved([], { status: "rejected", fingerprint: "f0" }, "f1"))).toBeNull()
  })

  it("without a request refuses by the reasons: spending limit first, then currency, else approval_required", () => {
    expect(codeOf(() => assertCartApproved([threshold], null, "f1"))).toBe(REFUSAL.approval_required)
    expect(codeOf(() => assertCartApproved([threshold, currency], null, "f1"))).toBe(REFUSAL.currency_not_covered)
    expect(codeOf(() => assertCartApproved([currency, limit], null, "f1"))).toBe(REFUSAL.spending_limit_exceeded)
  })

  it("refuses a pending or rejected request", () => {
    expect(codeOf(() => assertCartApproved([threshold], { status: "pending", fingerprint: "f1" }, "f1"))).toBe(REFUSAL.approval_pending)
    expect(codeOf(() => assertCartApproved([threshold], { status: "rejected", fingerprint: "f1" }, "f1"))).toBe(REFUSAL.approval_rejected)
  })

  it("passes an approval of this very cart, refuses one of another fingerprint as stale", () => {
    expect(codeOf(() => assertCartApproved([limit], { status: "approved", fingerprint: "f1" }, "f1"))).toBeNull()
    expect(codeOf(() => assertCartApproved([limit], { status: "approved", fingerprint: "f0" }, "f1"))).toBe(REFUSAL.approval_stale)
  })
})
