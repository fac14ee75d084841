import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { redirect } from "next/navigation"
import { translate } from "@/i18n"
import account from "@/i18n/account"
import { myOrganizations } from "@/lib/acting"

/** The customer zone opens on the visitor's first organization (the switcher shows the others). */
export default async function Account() {
  const organizations = await myOrganizations()
  const first = organizations.find((organization) => organization.membership.status === "active") ?? organizations[0]
  if (first) redirect(`/account/${first.id}`)
  const t = await translate(account)
  return (
    <section className="flex max-w-xl flex-col gap-4">
      <Heading level="h1">{t.noOrganization.title}</Heading>
      <Text>{t.noOrganization.body}</Text>
      <Link className="text-ui-fg-interactive" href="/account-request">
        {t.noOrganization.request}
      </Link>
    </section>
  )
}
