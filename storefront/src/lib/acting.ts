// Who is visiting and for which organization: the login (else the sign-in page), and the
// organization of the URL among the visitor's own (else 404). The store checks both again on
// every call; this only decides what to render.
import type { ResponseOf } from "medusa-plugin-b2b-accounts/client"
import { B2BError } from "medusa-plugin-b2b-accounts/client"
import { headers } from "next/headers"
import { notFound, redirect } from "next/navigation"
import { cache } from "react"
import { medusa } from "./medusa"
import { authToken } from "./session"

export type MyOrganization = ResponseOf<"store.organizations.list">["organizations"][number]
export type Permission = MyOrganization["membership"]["permissions"][number]

/** The sign-in page, coming back here afterwards. */
async function toSignIn(reason?: string): Promise<never> {
  const here = (await headers()).get("x-zone-path") ?? "/account"
  redirect(`/sign-in?${new URLSearchParams({ next: here, ...(reason ? { reason } : {}) })}`)
}

export const requireLogin = cache(async () => {
  if (!(await authToken())) await toSignIn()
  return medusa()
})

/** The visitor's organizations (active memberships and pending ones), each with the membership. */
export const myOrganizations = cache(async (): Promise<MyOrganization[]> => {
  const { b2b } = await requireLogin()
  try {
    const { organizations } = await b2b.store.organizations.list({ limit: 100 })
    return organizations
  } catch (error) {
    if (error instanceof B2BError && error.status === 401) await toSignIn(error.code)
    throw error
  }
})

/** The organization the URL names, with the visitor's membership; any other id is a 404. */
export const actingFor = cache(async (organizationId: string) => {
  const organizations = await myOrganizations()
  const organization = organizations.find((candidate) => candidate.id === organizationId)
  if (!organization) notFound()
  const can = (permission: Permission) => organization.membership.permissions.includes(permission)
  return { organization, membership: organization.membership, can, organizations }
})
