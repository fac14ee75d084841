import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { httpTestRunner } from "../helpers/runner"
import {
  addOrganizationMemberWorkflow,
  createInvitationWorkflow,
  removeOrganizationMemberWorkflow,
  resendInvitationWorkflow,
  revokeInvitationWorkflow,
  updateOrganizationMemberWorkflow,
} from "../../src/workflows/organization"
import { createOrganizationFixture, type OrganizationFixture } from "../helpers/organizations"

jest.setTimeout(180_000)

type Outcome = { errors: { error: { type?: string; code?: string; message?: string } }[] }

/**
 * The exported organization workflows, called through the container as a merchant's own
 * code would (no HTTP, no guard): they refuse what the API refuses, and write nothing then.
 * The rules live in steps/validate-actor-rights.ts and, for the last admin, in the service.
 */
httpTestRunner({
  env: {},
  testSuite: ({ api, getContainer }) => {
    let f: OrganizationFixture
    let rex: string // a plain requester, the victim of a member manager (Rita)
    let rita: { type: "member"; membership_id: string }

    const container = () => getContainer()
    const refusal = (outcome: Outcome) => {
      const error = outcome.errors?.[0]?.error
      return { type: error?.type, code: error?.code }
    }
    const knex = () => container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const stored = async (id: string) => {
      const {
        rows: [row],
      } = await knex().raw(
        `select role, grants, revokes, status, deleted_at is not null as deleted,
                (select coalesce(array_agg(organization_location_id), '{}') from organization_membership_location
                  where organization_membership_id = m.id) as location_ids
           from organization_membership m where id = ?`,
        [id]
      )
      return row
    }
    const invitationsTo = async (email: string) =>
      (await knex().raw("select id from organization_invitation where email = ?", [email])).rows.length

    beforeAll(async () => {
      f = await createOrganizationFixture(container(), api)
      const acme = f.organizations.acme
      rita = { type: "member", membership_id: f.memberships.requester }
      // The merchant's code makes Rita (a requester at the office) a member manager.
      await updateOrganizationMemberWorkflow(container()).run({
        input: {
          organization_id: acme,
          membership: { id: f.memberships.requester, grants: ["members.manage", "members.view"] },
          actor: { type: "merchant" },
        },
      })
      const customer = await container()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "rex@acme.test", first_name: "Rex" })
      const { result } = await addOrganizationMemberWorkflow(container()).run({
        input: { organization_id: acme, customer: { customer_id: customer.id }, role: "requester", location_ids: [] },
      })
      rex = result.id
    })

    it("a member manager may not promote someone to admin (named by membership or by customer)", async () => {
      const actors = [rita, { type: "member" as const, customer_id: f.sessions.requester.customer.id }]
      for (const actor of actors) {
        const outcome = await updateOrganizationMemberWorkflow(container()).run({
          input: { organization_id: f.organizations.acme, membership: { id: rex, role: "admin" }, actor },
          throwOnError: false,
        })
        expect(refusal(outcome as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      }
      expect(await stored(rex)).toEqual(expect.objectContaining({ role: "requester", grants: [], revokes: [] }))
    })

    it("a member manager may not grant a permission it lacks, but may grant one it holds", async () => {
      const grant = (grants: string[]) =>
        updateOrganizationMemberWorkflow(container()).run({
          input: { organization_id: f.organizations.acme, membership: { id: rex, grants }, actor: rita },
          throwOnError: false,
        })
      expect(refusal((await grant(["orders.place"])) as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      expect((await stored(rex)).grants).toEqual([])
      const allowed = (await grant(["members.view"])) as Outcome
      expect(allowed.errors ?? []).toEqual([])
      expect((await stored(rex)).grants).toEqual(["members.view"])
    })

    it("a member without members.manage changes nobody (the guard's permission, without the guard)", async () => {
      const outcome = await updateOrganizationMemberWorkflow(container()).run({
        input: {
          organization_id: f.organizations.acme,
          membership: { id: rex, status: "deactivated" },
          actor: { type: "member", membership_id: f.memberships.buyer },
        },
        throwOnError: false,
      })
      expect(refusal(outcome as Outcome)).toEqual({ type: "forbidden", code: "permission_required" })
      const removal = await removeOrganizationMemberWorkflow(container()).run({
        input: { organization_id: f.organizations.acme, membership_id: rex, actor: { type: "member", membership_id: f.memberships.buyer } },
        throwOnError: false,
      })
      expect(refusal(removal as Outcome)).toEqual({ type: "forbidden", code: "permission_required" })
      expect(await stored(rex)).toEqual(expect.objectContaining({ status: "active", deleted: false }))
    })

    it("a member manager hands out only its own locations (update, invitation, added member)", async () => {
      const acme = f.organizations.acme
      const update = await updateOrganizationMemberWorkflow(container()).run({
        input: { organization_id: acme, membership: { id: rex, location_ids: [f.locations.spare] }, actor: rita },
        throwOnError: false,
      })
      expect(refusal(update as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      expect((await stored(rex)).location_ids).toEqual([])

      const invite = await createInvitationWorkflow(container()).run({
        input: { organization_id: acme, email: "spare@acme.test", role: "requester", location_ids: [f.locations.spare], actor: rita },
        throwOnError: false,
      })
      expect(refusal(invite as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      expect(await invitationsTo("spare@acme.test")).toBe(0)

      const customer = await container().resolve(Modules.CUSTOMER).createCustomers({ email: "sam@acme.test" })
      const add = await addOrganizationMemberWorkflow(container()).run({
        input: {
          organization_id: acme,
          customer: { customer_id: customer.id },
          role: "requester",
          location_ids: [f.locations.spare],
          actor: rita,
        },
        throwOnError: false,
      })
      expect(refusal(add as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      const { rows } = await knex().raw("select id from organization_membership where customer_id = ?", [customer.id])
      expect(rows).toEqual([])
    })

    it("a member manager may not invite as admin or beyond itself, nor resend or revoke such an invitation", async () => {
      const acme = f.organizations.acme
      for (const [email, extra] of [
        ["boss@acme.test", { role: "admin" as const }],
        ["buyer@acme.test", { role: "buyer" as const }],
      ] as const) {
        const outcome = await createInvitationWorkflow(container()).run({
          input: { organization_id: acme, email, ...extra, actor: rita },
          throwOnError: false,
        })
        expect(refusal(outcome as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
        expect(await invitationsTo(email)).toBe(0)
      }
      // The fixture's pending invitation is for a buyer: not Rita's to resend or revoke.
      const reference = { organization_id: acme, invitation_id: f.pendingInvitation, actor: rita }
      const resend = await resendInvitationWorkflow(container()).run({ input: reference, throwOnError: false })
      expect(refusal(resend as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      const revoke = await revokeInvitationWorkflow(container()).run({ input: reference, throwOnError: false })
      expect(refusal(revoke as Outcome)).toEqual({ type: "forbidden", code: "escalation_forbidden" })
      const {
        rows: [pending],
      } = await knex().raw("select revoked_at from organization_invitation where id = ?", [f.pendingInvitation])
      expect(pending.revoked_at).toBeNull()
    })

    it("removing or deactivating the last admin is refused with 409 last_admin, also for the merchant", async () => {
      const other = f.organizations.other
      const admin = f.otherAdminMembership
      const removal = await removeOrganizationMemberWorkflow(container()).run({
        input: { organization_id: other, membership_id: admin },
        throwOnError: false,
      })
      expect(refusal(removal as Outcome)).toEqual({ type: "conflict", code: "last_admin" })
      const deactivation = await updateOrganizationMemberWorkflow(container()).run({
        input: { organization_id: other, membership: { id: admin, status: "deactivated" }, actor: { type: "merchant" } },
        throwOnError: false,
      })
      expect(refusal(deactivation as Outcome)).toEqual({ type: "conflict", code: "last_admin" })
      expect(await stored(admin)).toEqual(expect.objectContaining({ role: "admin", status: "active", deleted: false }))
    })

    it("a member of another organization acts for nobody here (404, nothing written)", async () => {
      const outcome = await updateOrganizationMemberWorkflow(container()).run({
        input: {
          organization_id: f.organizations.acme,
          membership: { id: rex, status: "deactivated" },
          actor: { type: "member", membership_id: f.otherAdminMembership },
        },
        throwOnError: false,
      })
      expect(refusal(outcome as Outcome)).toEqual({ type: "not_found", code: undefined })
      expect((await stored(rex)).status).toBe("active")
    })
  },
})
