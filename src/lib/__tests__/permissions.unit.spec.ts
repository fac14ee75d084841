import { memberActor, memberChangeRefusal, pendingStatusRefusal, type ChangeTarget } from "../member-changes"
import { countsAsAdmin, effectivePermissions, PERMISSIONS } from "../permissions"

describe("effectivePermissions", () => {
  it("gives admins everything", () => {
    expect(effectivePermissions({ role: "admin" })).toEqual([...PERMISSIONS])
  })

  it("lets buyers place orders and requesters only request them", () => {
    expect(effectivePermissions({ role: "buyer" })).toEqual(["orders.place", "orders.request", "library.view"])
    expect(effectivePermissions({ role: "requester" })).toEqual(["orders.request", "library.view"])
  })

  it("is role ∪ grants − revokes", () => {
    const permissions = effectivePermissions({
      role: "buyer",
      grants: ["members.view", "orders.view_all"],
      revokes: ["orders.place"],
    })
    expect(permissions).toEqual(["members.view", "orders.request", "orders.view_all", "library.view"])
  })

  it("lets a revoke win over a grant and ignores unknown keys", () => {
    const permissions = effectivePermissions({
      role: "requester",
      grants: ["members.view", "root.everything"],
      revokes: ["members.view"],
    })
    expect(permissions).toEqual(["orders.request", "library.view"])
  })
})

describe("countsAsAdmin", () => {
  it("needs admin role, active status and members.manage", () => {
    expect(countsAsAdmin({ role: "admin", status: "active" })).toBe(true)
    expect(countsAsAdmin({ role: "admin", status: "deactivated" })).toBe(false)
    expect(countsAsAdmin({ role: "buyer", status: "active" })).toBe(false)
    expect(countsAsAdmin({ role: "admin", status: "active", revokes: ["members.manage"] })).toBe(false)
    expect(countsAsAdmin({ role: "admin", status: "active", revokes: ["orders.place"] })).toBe(true)
  })
})

describe("memberChangeRefusal", () => {
  const merchant = { type: "merchant" as const }
  const orgAdmin = memberActor({ id: "m_admin", role: "admin" })
  // A requester the admin trusted with members.manage: the attacker of issue 15.
  const manager = memberActor(
    { id: "m_manager", role: "requester", grants: ["members.manage", "members.view"] },
    ["loc_office"]
  )
  const requester: ChangeTarget = { id: "m_rita", role: "requester" }
  const buyer: ChangeTarget = { id: "m_bob", role: "buyer" }
  const managerItself: ChangeTarget = { id: "m_manager", role: "requester", grants: ["members.manage", "members.view"] }
  const codeOf = (...args: Parameters<typeof memberChangeRefusal>) => memberChangeRefusal(...args)?.code ?? null

  it("lets the merchant do anything, also to a merchant-set limit", () => {
    expect(codeOf(merchant, { ...buyer, spending_limit_set_by: "merchant" }, { spending_limit: null, role: "admin" })).toBeNull()
  })

  it.each([
    ["role", { role: "buyer" }],
    ["grants", { grants: ["orders.place"] }],
    ["revokes", { revokes: [] }],
    ["spending_limit", { spending_limit: null }],
    ["location_ids", { location_ids: ["loc_office"] }],
  ] as const)("refuses anybody changing their own %s", (field, change) => {
    for (const [actor, self] of [
      [manager, managerItself],
      [orgAdmin, { id: "m_admin", role: "admin" } as ChangeTarget],
    ] as const) {
      const refusal = memberChangeRefusal(actor, self, change)
      expect(refusal).toEqual({ code: "self_change_forbidden", message: expect.stringContaining(field) })
    }
  })

  it("lets a member change their own status or preferences (leaving is not escalating)", () => {
    expect(codeOf(manager, managerItself, { status: "deactivated" })).toBeNull()
    expect(codeOf(manager, managerItself, {})).toBeNull()
  })

  it("lets an organization admin change other members, limits included", () => {
    expect(codeOf(orgAdmin, buyer, { role: "admin", grants: ["orders.approve"], spending_limit: { eur: 500 } })).toBeNull()
    expect(codeOf(orgAdmin, { ...buyer, spending_limit_set_by: "organization" }, { spending_limit: null })).toBeNull()
  })

  it("keeps a limit the merchant set out of everybody's reach in the store", () => {
    const limited = { ...buyer, spending_limit_set_by: "merchant" as const }
    expect(codeOf(orgAdmin, limited, { spending_limit: { eur: 10_000 } })).toBe("spending_limit_merchant_set")
    expect(codeOf(orgAdmin, limited, { role: "requester" })).toBeNull()
  })

  it("leaves a membership waiting for its e-mailed link to the contact, for the merchant too", () => {
    const pending: ChangeTarget = { ...buyer, status: "pending" }
    expect(codeOf(orgAdmin, pending, { status: "active" })).toBe("membership_pending_activation")
    expect(codeOf(orgAdmin, pending, { status: "deactivated" })).toBe("membership_pending_activation")
    expect(codeOf(orgAdmin, pending, { role: "requester" })).toBeNull()
    expect(codeOf(merchant, pending, { status: "active" })).toBe("membership_pending_activation")
    expect(codeOf(merchant, pending, { status: "deactivated" })).toBe("membership_pending_activation")
    expect(codeOf(merchant, pending, { role: "requester", spending_limit: 50 })).toBeNull()
    expect(codeOf(merchant, { ...buyer, status: "deactivated" }, { status: "active" })).toBeNull()
  })

  it("names the way out of a pending membership: the merchant's activation route, the shop for the store", () => {
    const pending = { id: "orgmem_1", status: "pending" }
    expect(pendingStatusRefusal({ type: "merchant" }, pending, { status: "active" }, "org_1")?.message).toContain(
      "POST /admin/organizations/org_1/members/orgmem_1/activation"
    )
    expect(pendingStatusRefusal({ type: "member" }, pending, { status: "active" })?.message).toMatch(/shop can send the activation again/)
    expect(pendingStatusRefusal({ type: "merchant" }, { ...pending, status: "active" }, { status: "deactivated" })).toBeNull()
  })

  it("leaves spending limits to organization admins", () => {
    expect(codeOf(manager, requester, { spending_limit: { eur: 50 } })).toBe("spending_limit_admin_only")
  })

  it("refuses promoting beyond the manager's own permissions", () => {
    // buyer brings orders.place, which the requester-manager does not hold.
    expect(memberChangeRefusal(manager, requester, { role: "buyer" })).toEqual({
      code: "escalation_forbidden",
      message: expect.stringContaining("orders.place"),
    })
    expect(codeOf(manager, requester, { grants: ["orders.approve"] })).toBe("escalation_forbidden")
    expect(codeOf(manager, requester, { role: "admin" })).toBe("escalation_forbidden")
  })

  it("refuses touching a member who holds more than the manager, even to take something away", () => {
    expect(codeOf(manager, buyer, { role: "requester" })).toBe("escalation_forbidden")
    expect(codeOf(manager, buyer, { status: "deactivated" })).toBe("escalation_forbidden")
    expect(codeOf(manager, { id: "m_admin", role: "admin" }, {})).toBe("escalation_forbidden")
  })

  it("refuses lifting a revoke of a permission the manager lacks", () => {
    const revokedBuyer: ChangeTarget = { id: "m_bob", role: "buyer", revokes: ["orders.place"] }
    expect(codeOf(manager, revokedBuyer, { revokes: [] })).toBe("escalation_forbidden")
    // A change that keeps the revoke stays within the manager's permissions.
    expect(codeOf(manager, revokedBuyer, { grants: ["members.view"] })).toBeNull()
  })

  it("allows changes within the manager's own permissions", () => {
    expect(codeOf(manager, requester, { grants: ["members.view"] })).toBeNull()
    expect(codeOf(manager, { ...requester, grants: ["members.view"] }, { grants: [] })).toBeNull()
  })

  it("lets a non-admin manager assign only locations it is assigned to itself", () => {
    expect(codeOf(manager, requester, { location_ids: ["loc_office"] })).toBeNull()
    expect(codeOf(manager, requester, { location_ids: ["loc_office", "loc_spare"] })).toBe("escalation_forbidden")
    expect(codeOf(manager, { ...requester, location_ids: ["loc_spare"] }, { location_ids: [] })).toBe("escalation_forbidden")
    expect(codeOf(orgAdmin, requester, { location_ids: ["loc_spare"] })).toBeNull()
  })

  it("checks an invitation (no target yet) against the manager's permissions", () => {
    expect(codeOf(manager, null, { role: "requester" })).toBeNull()
    expect(codeOf(manager, null, { role: "buyer" })).toBe("escalation_forbidden")
    expect(codeOf(manager, null, { role: "requester", grants: ["orders.place"] })).toBe("escalation_forbidden")
    expect(codeOf(manager, null, { role: "buyer", revokes: ["orders.place"] })).toBeNull()
    expect(codeOf(orgAdmin, null, { role: "admin" })).toBeNull()
  })
})
