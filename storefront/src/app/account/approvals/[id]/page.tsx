import { notFound, redirect } from "next/navigation"
import { myOrganizations } from "@/lib/acting"
import { medusa } from "@/lib/medusa"

/**
 * The approval e-mails' link (/account/approvals/:id) names no organization: the request is
 * looked up in the visitor's organizations (the store answers 404 in all others).
 */
export default async function ApprovalLink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { b2b } = await medusa()
  for (const organization of await myOrganizations()) {
    const found = await b2b.store.organizations.approvals.retrieve(organization.id, id).catch(() => null)
    if (found) redirect(`/account/${organization.id}/approvals/${id}`)
  }
  notFound()
}
