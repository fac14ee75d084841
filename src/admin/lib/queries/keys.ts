// Query keys of the plugin's admin: `[ROOT, resource, scope?, "list" | "detail", …]`, so a
// write can refresh one resource (of one organization) and leave the others cached.
export const ROOT = "b2b-accounts"

type Params = object | undefined

/** Keys of one resource; `scope` (e.g. an organization id) for resources that live inside one. */
export function queryKeys(resource: string, scope?: string) {
  const all = scope ? ([ROOT, resource, scope] as const) : ([ROOT, resource] as const)
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: Params) => [...all, "list", query ?? {}] as const,
    details: () => [...all, "detail"] as const,
    /** Without `query`: the prefix of every read of the record (any `fields`). */
    detail: (id: string, query?: Params) => (query ? ([...all, "detail", id, query] as const) : ([...all, "detail", id] as const)),
  }
}

// Every resource's keys, in one place so that a write in one file can name what it changes
// in another without the files importing each other.
export const organizationKeys = queryKeys("organizations")
export const duplicateOrganizationsKey = [...organizationKeys.all, "duplicates"] as const
export const memberKeys = (organizationId: string) => queryKeys("members", organizationId)
/** A customer's memberships in any organization (the customer page's widget). */
export const customerMembershipKeys = queryKeys("customer-memberships")
export const invitationKeys = (organizationId: string) => queryKeys("invitations", organizationId)
export const locationKeys = (organizationId: string) => queryKeys("locations", organizationId)
export const accountRequestKeys = queryKeys("account-requests")
/** Groups, their linked records, and the groups shown on an organization, customer or channel. */
export const accessGroupKeys = queryKeys("access-groups")
export const accessGroupsOfKey = (kind: "organization" | "customer" | "sales-channel", id?: string) =>
  id ? ([...accessGroupKeys.all, "of", kind, id] as const) : ([...accessGroupKeys.all, "of", kind] as const)
export const approvalKeys = queryKeys("approvals")
export const approvalPolicyKeys = (organizationId: string) => queryKeys("approval-policy", organizationId)
export const entitlementKeys = (organizationId: string) => queryKeys("entitlements", organizationId)
export const portalKeys = (organizationId: string) => ({
  all: [ROOT, "portal", organizationId] as const,
  accessCodes: [ROOT, "portal", organizationId, "access-codes"] as const,
  assets: [ROOT, "portal", organizationId, "assets"] as const,
})
export const orderKeys = queryKeys("orders")
export const statusKey = [ROOT, "status"] as const
/** A sales channel's plugin settings (organization carts). */
export const salesChannelSettingsKey = (salesChannelId: string) => [ROOT, "sales-channel-settings", salesChannelId] as const
/** Medusa's own records the plugin's pages read (names, pickers). */
export const medusaKeys = (resource: "customers" | "sales-channels") => queryKeys(`medusa-${resource}`)
