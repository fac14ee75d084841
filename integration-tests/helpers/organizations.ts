import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { createAdminSession } from "./auth"
import { send } from "./http"
import { createCustomerSession, createPublishableKey, createStorefront, type CustomerSession } from "./store"

export const ACTORS = [
  "anonymous",
  "outsider",
  "otherOrganization",
  "requester",
  "buyer",
  "admin",
  "deactivatedAdmin",
  "suspendedAdmin",
  "otherStorefront",
] as const
export type Actor = (typeof ACTORS)[number]

export type OrganizationFixture = Awaited<ReturnType<typeof createOrganizationFixture>>

/**
 * Two organizations set up the way a merchant does it, through the admin API:
 *   Acme: admin, buyer, requester, and a deactivated second admin;
 *   Other: its own admin;
 *   Frozen: a suspended organization with its own admin (`suspendedAdmin`).
 * Plus an outsider customer with no membership at all, and `otherStorefront`: Acme's admin
 * on a storefront whose sales channel is in an access group Acme is not in.
 */
export async function createOrganizationFixture(container: MedusaContainer, api: AxiosInstance) {
  const { headers: adminHeaders } = await createAdminSession(container, api)
  const publishableKey = await createPublishableKey(container)
  const customer = (email: string) => createCustomerSession(api, publishableKey, email)

  const sessions: Record<Exclude<Actor, "anonymous" | "otherStorefront">, CustomerSession> = {
    admin: await customer("alice@acme.test"),
    buyer: await customer("bob@acme.test"),
    requester: await customer("rita@acme.test"),
    deactivatedAdmin: await customer("dave@acme.test"),
    otherOrganization: await customer("olga@other.test"),
    outsider: await customer("ned@nowhere.test"),
    suspendedAdmin: await customer("fred@frozen.test"),
  }

  const admin = (method: "get" | "post" | "delete", url: string, body?: unknown) =>
    send(api, method, url, { body, headers: adminHeaders })

  const createOrganization = async (name: string, adminCustomerId: string) => {
    const response = await admin("post", "/admin/organizations", {
      name,
      country_code: "nl",
      admin: { customer_id: adminCustomerId },
    })
    if (response.status !== 200) throw new Error(JSON.stringify(response.data))
    return response.data.organization.id as string
  }
  const addMember = async (organizationId: string, customerId: string, role: string) => {
    const response = await admin("post", `/admin/organizations/${organizationId}/members`, {
      customer_id: customerId,
      role,
    })
    if (response.status !== 200) throw new Error(JSON.stringify(response.data))
    return response.data.membership.id as string
  }

  const acme = await createOrganization("Acme", sessions.admin.customer.id)
  const other = await createOrganization("Other", sessions.otherOrganization.customer.id)
  const frozen = await createOrganization("Frozen", sessions.suspendedAdmin.customer.id)
  const suspend = await admin("post", `/admin/organizations/${frozen}`, { status: "suspended" })
  if (suspend.status !== 200) throw new Error(JSON.stringify(suspend.data))

  // A retail storefront whose channel only admits its own group's members.
  const retail = await createStorefront(container, "Retail")
  const retailGroup = await admin("post", "/admin/access-groups", { name: "Retail only", registration_mode: "approval" })
  if (retailGroup.status !== 200) throw new Error(JSON.stringify(retailGroup.data))
  await admin("post", `/admin/access-groups/${retailGroup.data.access_group.id}/sales-channels`, {
    add: [retail.salesChannelId],
  })
  const memberships = {
    buyer: await addMember(acme, sessions.buyer.customer.id, "buyer"),
    requester: await addMember(acme, sessions.requester.customer.id, "requester"),
    deactivatedAdmin: await addMember(acme, sessions.deactivatedAdmin.customer.id, "admin"),
  }
  const acmeMembers = await admin("get", `/admin/organizations/${acme}/members`)
  const membershipOf = (customerId: string) =>
    acmeMembers.data.memberships.find((m: any) => m.customer_id === customerId).id as string
  const allMemberships = { ...memberships, admin: membershipOf(sessions.admin.customer.id) }
  const otherMembers = await admin("get", `/admin/organizations/${other}/members`)

  const deactivate = await admin(
    "post",
    `/admin/organizations/${acme}/members/${memberships.deactivatedAdmin}`,
    { status: "deactivated" }
  )
  if (deactivate.status !== 200) throw new Error(JSON.stringify(deactivate.data))

  const invitation = await admin("post", `/admin/organizations/${acme}/invitations`, {
    email: "pending@acme.test",
    role: "buyer",
  })
  if (invitation.status !== 200) throw new Error(JSON.stringify(invitation.data))

  // Two delivery locations; only the requester is assigned to the office.
  const createLocation = async (label: string, address_1: string) => {
    const response = await admin("post", `/admin/organizations/${acme}/locations`, {
      label,
      address_1,
      city: "Utrecht",
      postal_code: "3511 AA",
      country_code: "nl",
    })
    if (response.status !== 200) throw new Error(JSON.stringify(response.data))
    return response.data.location.id as string
  }
  const locations = { office: await createLocation("Office", "Dorpsstraat 1"), spare: await createLocation("Spare", "Dorpsstraat 3") }
  const assign = await admin("post", `/admin/organizations/${acme}/members/${memberships.requester}`, {
    location_ids: [locations.office],
  })
  if (assign.status !== 200) throw new Error(JSON.stringify(assign.data))

  const headersOf = (actor: Actor): Record<string, string> => {
    if (actor === "anonymous") return { "x-publishable-api-key": publishableKey }
    if (actor === "otherStorefront") return { ...sessions.admin.headers, "x-publishable-api-key": retail.key }
    return sessions[actor].headers
  }

  return {
    adminHeaders,
    publishableKey,
    sessions,
    headersOf,
    organizations: { acme, other, frozen },
    retail,
    memberships: allMemberships,
    otherAdminMembership: otherMembers.data.memberships[0].id as string,
    pendingInvitation: invitation.data.invitation.id as string,
    locations,
    admin,
  }
}
