import { countsAsAdmin, effectivePermissions, escalationsBy, PERMISSIONS } from "../permissions"

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

describe("escalationsBy", () => {
  const admin = { role: "admin" as const, permissions: [...PERMISSIONS] }
  const manager = {
    role: "buyer" as const,
    permissions: effectivePermissions({ role: "buyer", grants: ["members.manage", "members.view"] }),
  }

  it("lets an admin do anything", () => {
    expect(escalationsBy(admin, { targetRole: "admin", role: "buyer", grants: ["orders.approve"] })).toEqual([])
  })

  it("stops a non-admin member manager from touching the admin role", () => {
    expect(escalationsBy(manager, { targetRole: "buyer", role: "admin" })).toEqual([
      "only an organization admin can assign or change the admin role",
    ])
    expect(escalationsBy(manager, { targetRole: "admin", role: "buyer" })).toHaveLength(1)
    expect(escalationsBy(manager, { targetRole: "requester", role: "buyer" })).toEqual([])
  })

  it("stops granting what the actor does not hold", () => {
    expect(
      escalationsBy(manager, { targetRole: "requester", grants: ["orders.place", "orders.approve"] })
    ).toEqual(["cannot grant permissions you do not hold: orders.approve"])
  })
})
