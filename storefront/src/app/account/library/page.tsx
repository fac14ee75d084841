import { redirect } from "next/navigation"
import { myOrganizations } from "@/lib/acting"

/** The seat e-mail's link (/account/library): the library of the first organization that has one. */
export default async function Library() {
  const organizations = await myOrganizations()
  const reader = organizations.find((o) => o.membership.status === "active" && o.membership.permissions.includes("library.view"))
  redirect(reader ? `/account/${reader.id}/library` : "/account")
}
