// The organization's members for pickers and names (seat holders, the member page): every page
// of the store's list, read once per request. The store has no single-member read, so one
// member is found in that list.
import type { ResponseOf } from "medusa-plugin-b2b-accounts/client"
import { cache } from "react"
import { requireLogin } from "./acting"

export type Member = ResponseOf<"store.organizations.members.list">["memberships"][number]
export type Location = ResponseOf<"store.organizations.locations.list">["locations"][number]

/** Every member of the organization (needs `members.view`). */
export const allMembers = cache(async (organizationId: string): Promise<Member[]> => {
  const { b2b } = await requireLogin()
  const members: Member[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await b2b.store.organizations.members.list(organizationId, { limit: 100, offset })
    members.push(...page.memberships)
    if (!page.memberships.length || members.length >= page.count) return members
  }
})

/** Every delivery location the visitor may see (all of them with `addresses.manage`). */
export const visibleLocations = cache(async (organizationId: string) => {
  const { b2b } = await requireLogin()
  const locations: Location[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await b2b.store.organizations.locations.list(organizationId, { limit: 100, offset })
    locations.push(...page.locations)
    if (!page.locations.length || locations.length >= page.count) return locations
  }
})
