import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ORGANIZATION_MODULE } from ".."
import OrganizationModuleService from "../service"
import * as models from "../models"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<OrganizationModuleService>({
  moduleName: ORGANIZATION_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/organization",
  testSuite: ({ service }) => {
    describe("Organization", () => {
      it("creates an organization with defaults", async () => {
        const organization = await service.createOrganizations({
          name: "Acme BV",
          vat_number: "NL123456789B01",
          country_code: "nl",
        })

        expect(organization).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^org_/),
            name: "Acme BV",
            status: "active",
            legal_name: null,
            metadata: null,
          })
        )
      })

      it("rejects an unknown status at the database level", async () => {
        await expect(
          service.createOrganizations({ name: "Bad", status: "frozen" as any })
        ).rejects.toThrow()
        expect(await service.listOrganizations({})).toHaveLength(0)
      })

      it("lists with count, pagination and search", async () => {
        await service.createOrganizations([
          { name: "Alpha Supplies" },
          { name: "Beta Tools" },
          { name: "Gamma Supplies" },
        ])

        const [page, count] = await service.listAndCountOrganizations(
          {},
          { take: 2, skip: 0, order: { name: "ASC" } }
        )
        expect(count).toBe(3)
        expect(page.map((o) => o.name)).toEqual(["Alpha Supplies", "Beta Tools"])

        const found = await service.listOrganizations({ q: "supplies" } as any)
        expect(found.map((o) => o.name).sort()).toEqual(["Alpha Supplies", "Gamma Supplies"])
      })

      it("soft-deletes and hides deleted organizations", async () => {
        const organization = await service.createOrganizations({ name: "Gone BV" })
        await service.softDeleteOrganizations(organization.id)
        expect(await service.listOrganizations({ id: organization.id })).toHaveLength(0)
      })
    })
  },
})
