import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ORGANIZATION_MODULE } from ".."
import * as models from "../models"
import OrganizationModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<OrganizationModuleService>({
  moduleName: ORGANIZATION_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/organization",
  testSuite: ({ service }) => {
    let organizationId: string
    let adminA: string
    let adminB: string
    let buyer: string

    beforeEach(async () => {
      const organization = await service.createOrganizations({ name: "Acme" })
      organizationId = organization.id
      const [a, b, c] = await service.createOrganizationMemberships([
        { organization_id: organizationId, customer_id: "cus_a", role: "admin" },
        { organization_id: organizationId, customer_id: "cus_b", role: "admin" },
        { organization_id: organizationId, customer_id: "cus_c", role: "buyer" },
      ] as any)
      ;[adminA, adminB, buyer] = [a.id, b.id, c.id]
    })

    const roleOf = async (id: string) => (await service.retrieveOrganizationMembership(id)).role

    describe("defaults and constraints", () => {
      it("creates memberships active, with empty grants and all e-mail categories on", async () => {
        const membership = await service.retrieveOrganizationMembership(buyer)
        expect(membership).toEqual(
          expect.objectContaining({
            status: "active",
            grants: [],
            revokes: [],
            notification_preferences: { general: true, orders: true, billing: true, support: true },
          })
        )
      })

      it("refuses a second live membership of the same customer, allows one after removal", async () => {
        await expect(
          service.createOrganizationMemberships({ organization_id: organizationId, customer_id: "cus_c", role: "admin" } as any)
        ).rejects.toThrow()
        await service.softDeleteOrganizationMemberships(buyer)
        const again = await service.createOrganizationMemberships({
          organization_id: organizationId,
          customer_id: "cus_c",
          role: "requester",
        } as any)
        expect(again.role).toBe("requester")
      })

      it("refuses an unknown role in the database", async () => {
        await expect(
          service.createOrganizationMemberships({ organization_id: organizationId, customer_id: "cus_x", role: "owner" } as any)
        ).rejects.toThrow()
      })
    })

    describe("listActingMemberships", () => {
      it("finds the membership for an organization and ignores deleted organizations", async () => {
        const [row] = await service.listActingMemberships("cus_a", organizationId)
        expect(row).toEqual(
          expect.objectContaining({ id: adminA, role: "admin", status: "active", organization_status: "active" })
        )
        expect(await service.listActingMemberships("cus_a", "org_other")).toEqual([])

        await service.softDeleteOrganizations(organizationId)
        expect(await service.listActingMemberships("cus_a", organizationId)).toEqual([])
      })

      it("returns up to two rows without an organization, so callers can tell one from several", async () => {
        const other = await service.createOrganizations({ name: "Other" })
        await service.createOrganizationMemberships({ organization_id: other.id, customer_id: "cus_a", role: "buyer" } as any)
        expect(await service.listActingMemberships("cus_a")).toHaveLength(2)
        expect(await service.listActingMemberships("cus_c")).toHaveLength(1)
      })
    })

    describe("at least one active admin", () => {
      it("lets one of two admins be demoted, not the last one", async () => {
        await service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminA, role: "buyer" }])
        await expect(
          service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminB, role: "buyer" }])
        ).rejects.toThrow(/at least one active admin/)
        expect(await roleOf(adminB)).toBe("admin")
      })

      it.each([
        ["deactivating", { status: "deactivated" }],
        ["revoking members.manage from", { revokes: ["members.manage"] }],
      ])("refuses %s the last admin and leaves it unchanged", async (_what, change) => {
        await service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminA, role: "requester" }])
        await expect(
          service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminB, ...(change as any) }])
        ).rejects.toThrow(/at least one active admin/)
        const last = await service.retrieveOrganizationMembership(adminB)
        expect(last).toEqual(expect.objectContaining({ status: "active", revokes: [] }))
      })

      it("refuses removing the last admin; removal of others works", async () => {
        await service.removeMembershipsKeepingAdmin(organizationId, [adminA, buyer])
        await expect(service.removeMembershipsKeepingAdmin(organizationId, [adminB])).rejects.toThrow(
          /at least one active admin/
        )
        expect((await service.listOrganizationMemberships({ organization_id: organizationId })).map((m) => m.id)).toEqual([adminB])
      })

      it("refuses a batch that removes both admins at once", async () => {
        await expect(
          service.updateMembershipsKeepingAdmin(organizationId, [
            { id: adminA, role: "buyer" },
            { id: adminB, role: "buyer" },
          ])
        ).rejects.toThrow(/at least one active admin/)
        expect([await roleOf(adminA), await roleOf(adminB)]).toEqual(["admin", "admin"])
      })

      it("keeps an admin when both admins demote each other at the same moment", async () => {
        const results = await Promise.allSettled([
          service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminA, role: "buyer" }]),
          service.updateMembershipsKeepingAdmin(organizationId, [{ id: adminB, role: "buyer" }]),
        ])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const roles = [await roleOf(adminA), await roleOf(adminB)].sort()
        expect(roles).toEqual(["admin", "buyer"])
      })

      it("answers not found for a membership of another organization", async () => {
        const other = await service.createOrganizations({ name: "Other" })
        await expect(
          service.updateMembershipsKeepingAdmin(other.id, [{ id: buyer, role: "admin" }])
        ).rejects.toThrow(/Membership with id: .* was not found/)
        expect(await roleOf(buyer)).toBe("buyer")
      })
    })
  },
})
