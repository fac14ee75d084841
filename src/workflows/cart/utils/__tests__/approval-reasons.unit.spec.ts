import { limitReason, reasonsUnder, type Member, type SpendingRules } from "../approval-reasons"
import type { FingerprintedCart } from "../fingerprint"

const member = (permissions: Member["permissions"] = ["orders.place", "orders.request"]): Member => ({
  id: "mem_1",
  organization_id: "org_1",
  permissions,
})
const cart = (total: number, currency_code = "eur"): FingerprintedCart => ({ id: "cart_1", currency_code, total, fingerprint: "f" })
const rules = (over: Partial<SpendingRules> = {}): SpendingRules => ({ threshold: null, period: "month", limit: null, ...over })
const kinds = (reasons: { kind: string }[]) => reasons.map((reason) => reason.kind)

describe("limitReason", () => {
  it("is none up to the limit, the order on its own above it", () => {
    expect(limitReason(100, "eur", 100, "month", 0)).toBeNull()
    expect(limitReason(101, "eur", 100, "month", 0)).toMatchObject({ kind: "spending_limit" })
    expect(limitReason(101, "eur", 100, "month", 0)!.text).not.toContain("already spent")
  })

  it("counts what was spent this period: exactly the limit passes, one more is refused", () => {
    expect(limitReason(40, "eur", 100, "month", 60)).toBeNull()
    const reason = limitReason(41, "eur", 100, "month", 60)
    expect(reason).toMatchObject({ kind: "spending_limit" })
    expect(reason!.text).toContain("already spent this month")
  })
})

describe("reasonsUnder", () => {
  it("has no reason for a member who may place orders, without rules", () => {
    expect(reasonsUnder(member(), cart(1000), rules(), 0)).toEqual([])
  })

  it("gives a member who may only request orders a permission reason", () => {
    expect(kinds(reasonsUnder(member(["orders.request"]), cart(1), rules(), 0))).toEqual(["permission"])
  })

  it("needs approval above the threshold, not at it", () => {
    const threshold = { eur: 500 }
    expect(reasonsUnder(member(), cart(500), rules({ threshold }), 0)).toEqual([])
    expect(kinds(reasonsUnder(member(), cart(500.01), rules({ threshold }), 0))).toEqual(["threshold"])
  })

  it("names a currency a rule has no amount in, never another currency's amount", () => {
    expect(kinds(reasonsUnder(member(), cart(1, "usd"), rules({ threshold: { eur: 500 } }), 0))).toEqual(["currency"])
    expect(kinds(reasonsUnder(member(), cart(1, "usd"), rules({ limit: { eur: 500 } }), 0))).toEqual(["currency"])
  })

  it("applies the spending limit per order and with the period's spend", () => {
    const limit = { eur: 100 }
    expect(reasonsUnder(member(), cart(100), rules({ limit }), 0)).toEqual([])
    expect(kinds(reasonsUnder(member(), cart(101), rules({ limit }), 0))).toEqual(["spending_limit"])
    expect(kinds(reasonsUnder(member(), cart(50), rules({ limit }), 51))).toEqual(["spending_limit"])
    expect(reasonsUnder(member(), cart(50), rules({ limit }), 50)).toEqual([])
  })

  it("lists every reason that applies, in order: permission, threshold, limit", () => {
    const reasons = reasonsUnder(member(["orders.request"]), cart(600), rules({ threshold: { eur: 500 }, limit: { eur: 100 } }), 0)
    expect(kinds(reasons)).toEqual(["permission", "threshold", "spending_limit"])
  })
})
