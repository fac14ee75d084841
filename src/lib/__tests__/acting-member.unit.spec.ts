import type { ActingMembership } from "../../modules/organization/types"
import { actingMembershipOf, assertMembershipMayAct, assertPermission, actingMemberOf } from "../acting-member"
import { REFUSAL } from "../refusal-codes"
import { codeOf } from "./code-of"

const membership = (over: Partial<ActingMembership> = {}): ActingMembership => ({
  id: "mem_1",
  organization_id: "org_1",
  customer_id: "cus_1",
  role: "buyer",
  grants: [],
  revokes: [],
  status: "active",
  organization_status: "active",
  ...over,
} as ActingMembership)

describe("actingMembershipOf", () => {
  it("answers the only membership when none is named, and null without any", () => {
    const only = membership()
    expect(actingMembershipOf([only], undefined)).toBe(only)
    expect(actingMembershipOf([], undefined)).toBeNull()
    expect(actingMembershipOf([], "org_1")).toBeNull()
  })

  it("refuses organization_ambiguous with several and none named, not when one is named", () => {
    const two = [membership(), membership({ id: "mem_2", organization_id: "org_2" })]
    expect(codeOf(() => actingMembershipOf(two, null))).toBe(REFUSAL.organization_ambiguous)
    expect(actingMembershipOf(two, "org_1")).toBe(two[0])
  })
})

describe("assertMembershipMayAct and assertPermission", () => {
  it("passes an active member of an active organization, refuses the others", () => {
    expect(codeOf(() => assertMembershipMayAct(membership()))).toBeNull()
    expect(codeOf(() => assertMembershipMayAct(membership({ status: "pending" })))).toBe(REFUSAL.membership_pending)
    expect(codeOf(() => assertMembershipMayAct(membership({ status: "deactivated" })))).toBe(REFUSAL.membership_deactivated)
    expect(codeOf(() => assertMembershipMayAct(membership({ organization_status: "suspended" } as Partial<ActingMembership>)))).toBe(
      REFUSAL.organization_suspended
    )
  })

  it("refuses permission_required only when the member holds none of the permissions", () => {
    const member = { permissions: ["orders.request" as const] }
    expect(codeOf(() => assertPermission(member, "orders.place", "orders.request"))).toBeNull()
    expect(codeOf(() => assertPermission(member, "orders.place"))).toBe(REFUSAL.permission_required)
    expect(codeOf(() => assertPermission(member))).toBeNull()
  })

  it("gives the acting member the membership's organization", () => {
    const acting = actingMemberOf(membership())
    expect(acting.organization_id).toBe("org_1")
    expect(Array.isArray(acting.permissions)).toBe(true)
  })
})
