import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import { EntitlementEvents, PortalEvents } from "../../src/lib/events"
import { ENTITLEMENT_MODULE } from "../../src/modules/entitlement"
import type EntitlementModuleService from "../../src/modules/entitlement/service"
import { ORGANIZATION_MODULE } from "../../src/modules/organization"
import type OrganizationModuleService from "../../src/modules/organization/service"
import { assignSeatWorkflow, createEntitlementWorkflow, freeSeatsWorkflow } from "../../src/workflows/entitlement"
import { changeAccessCodeWorkflow, createAccessCodeWorkflow } from "../../src/workflows/portal-access"

jest.setTimeout(180_000)

// The exported entitlement workflows called directly, as a merchant's own code would (no HTTP
// layer, no guard): the rules hold in their steps, and a refusal writes nothing.

httpTestRunner({
  env: {},
  testSuite: ({ getContainer }) => {
    const organizations = (c: MedusaContainer): OrganizationModuleService => c.resolve(ORGANIZATION_MODULE)
    const entitlements = (c: MedusaContainer): EntitlementModuleService => c.resolve(ENTITLEMENT_MODULE)

    /** Acme with an active and a deactivated member, Other with one member; a 1-seat subscription of Acme. */
    async function setup(seats: number | null = 1) {
      const container = getContainer()
      const customers = await container.resolve(Modules.CUSTOMER).createCustomers(
        ["ann", "dirk", "olga", "bob", "bea", "bart", "bram"].map((name) => ({ email: `${name}@workflows.test` }))
      )
      const [acme, other] = await organizations(container).createOrganizations([{ name: "Acme" }, { name: "Other" }])
      const member = (organization_id: string, customer_id: string, status: "active" | "deactivated" = "active") =>
        organizations(container).createOrganizationMemberships({ organization_id, customer_id, role: "buyer", status })
      const ann = await member(acme.id, customers[0].id)
      const dirk = await member(acme.id, customers[1].id, "deactivated")
      const olga = await member(other.id, customers[2].id)
      const buyers = await Promise.all(customers.slice(3).map((c) => member(acme.id, c.id)))
      const { result: entitlement } = await createEntitlementWorkflow(container).run({
        input: { organization_id: acme.id, kind: "subscription", title: "Fiscal Yearbook", seats },
      })
      return { container, acme, other, ann, dirk, olga, buyers, entitlement }
    }

    const assign = (container: MedusaContainer, organization_id: string, entitlement_id: string, membership_id: string) =>
      assignSeatWorkflow(container).run({
        input: { organization_id, entitlement_id, holder: { membership_id } },
        throwOnError: false,
      })

    const seatsOf = async (container: MedusaContainer, entitlement_id: string) =>
      entitlements(container).listEntitlementSeats({ entitlement_id })

    it("refuses a seat for a non-member, a deactivated member and another organization's member, writing nothing", async () => {
      const s = await setup()
      for (const membershipId of ["mem_unknown", s.dirk.id, s.olga.id]) {
        const { errors } = await assign(s.container, s.acme.id, s.entitlement.id, membershipId)
        expect(errors[0]?.error).toEqual(
          expect.objectContaining({ type: "not_found", message: `Membership with id: ${membershipId} was not found` })
        )
      }
      expect(await seatsOf(s.container, s.entitlement.id)).toHaveLength(0)
    })

    it("does not give another organization's entitlement to its member", async () => {
      const s = await setup()
      // Olga is a member of Other; the entitlement is Acme's.
      const { errors } = await assign(s.container, s.other.id, s.entitlement.id, s.olga.id)
      expect(errors[0]?.error).toEqual(expect.objectContaining({ type: "not_found" }))
      expect(await seatsOf(s.container, s.entitlement.id)).toHaveLength(0)
    })

    it("refuses a seat beyond the count and writes nothing", async () => {
      const s = await setup(1)
      const first = await assign(s.container, s.acme.id, s.entitlement.id, s.ann.id)
      expect(first.errors).toEqual([])
      expect(first.result).toEqual(expect.objectContaining({ membership_id: s.ann.id }))
      const second = await assign(s.container, s.acme.id, s.entitlement.id, s.buyers[0].id)
      expect(second.errors[0]?.error).toEqual(expect.objectContaining({ message: "All seats are taken (1/1)" }))
      const seats = await seatsOf(s.container, s.entitlement.id)
      expect(seats.map((seat) => seat.membership_id)).toEqual([s.ann.id])
    })

    it("N parallel assignments for the last seat: exactly one wins", async () => {
      const s = await setup(1)
      const runs = await Promise.all(s.buyers.map((b) => assign(s.container, s.acme.id, s.entitlement.id, b.id)))
      const winners = runs.filter((run) => run.errors.length === 0)
      expect(winners).toHaveLength(1)
      for (const run of runs.filter((r) => r.errors.length)) {
        expect(run.errors[0].error).toEqual(expect.objectContaining({ message: "All seats are taken (1/1)" }))
      }
      const seats = await seatsOf(s.container, s.entitlement.id)
      expect(seats.map((seat) => seat.membership_id)).toEqual([winners[0].result.membership_id])
    })

    it("create-entitlement: the product is the variant's, never the caller's; an unknown variant writes nothing", async () => {
      const s = await setup()
      const { result } = await createEntitlementWorkflow(s.container).run({
        // A caller's product_id is no input of the workflow and is not stored.
        input: { organization_id: s.acme.id, kind: "training", title: "Course", seats: 3, product_id: "prod_forged" } as never,
      })
      expect(result).toEqual(expect.objectContaining({ product_id: null, product_variant_id: null }))
      const { errors } = await createEntitlementWorkflow(s.container).run({
        input: { organization_id: s.acme.id, kind: "training", title: "Ghost", seats: 3, product_variant_id: "variant_unknown" },
        throwOnError: false,
      })
      expect(errors[0]?.error).toEqual(
        expect.objectContaining({ type: "not_found", message: "Product variant with id: variant_unknown was not found" })
      )
      const titles = (await entitlements(s.container).listEntitlements({ organization_id: s.acme.id })).map((e) => e.title)
      expect(titles.sort()).toEqual(["Course", "Fiscal Yearbook"])
    })
  
    it("emits events for entitlement, seat and portal changes, and none for a refusal", async () => {
      const s = await setup(1)
      const eventBus = s.container.resolve(Modules.EVENT_BUS)
      const emit = jest.spyOn(eventBus, "emit")
      const names = () =>
        emit.mock.calls.flatMap(([messages]) => (Array.isArray(messages) ? messages : [messages]).map((m) => m.name))
      try {
        const { result: seat } = await assign(s.container, s.acme.id, s.entitlement.id, s.ann.id)
        await assign(s.container, s.acme.id, s.entitlement.id, s.buyers[0].id) // refused: seats are taken
        await freeSeatsWorkflow(s.container).run({
          input: { organization_id: s.acme.id, entitlement_id: s.entitlement.id, seat_id: seat.id },
        })
        const { result: created } = await createAccessCodeWorkflow(s.container).run({ input: { organization_id: s.acme.id } })
        const id = created.access_code.id
        await changeAccessCodeWorkflow(s.container).run({ input: { organization_id: s.acme.id, id, enabled: false } })
        await changeAccessCodeWorkflow(s.container).run({ input: { organization_id: s.acme.id, id, enabled: true } })
        // The plugin's events (the modules' own record events aside).
        const ours = new Set<string>([...Object.values(EntitlementEvents), ...Object.values(PortalEvents)])
        expect(names().filter((name) => ours.has(name))).toEqual([
          "entitlement.seat_assigned",
          "entitlement.seat_removed",
          "portal.access_code_created",
          "portal.access_code_revoked",
          "portal.access_code_updated",
        ])
      } finally {
        emit.mockRestore()
      }
    })
  },
})
