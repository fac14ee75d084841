import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { currentLocale, translate } from "@/i18n"
import account from "@/i18n/account"
import common from "@/i18n/common"
import { actingFor } from "@/lib/acting"
import { amounts } from "@/lib/format"

export default async function Overview({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params
  const { organization, membership } = await actingFor(org)
  const t = await translate(account)
  const c = await translate(common)
  const locale = await currentLocale()
  return (
    <div className="flex flex-col gap-6">
      <Heading level="h1">{organization.name}</Heading>
      {membership.status !== "active" ? <Text role="status">{t.overview.pending}</Text> : null}
      <Container className="grid gap-4 sm:grid-cols-2">
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.overview.role}</Text>
          <Text weight="plus">{c.roles[membership.role]}</Text>
        </div>
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.overview.status}</Text>
          <Badge size="small">{c.status[membership.status] ?? membership.status}</Badge>
        </div>
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.overview.spendingLimit}</Text>
          <Text>{amounts(locale, membership.spending_limit) ?? t.overview.noLimit}</Text>
        </div>
        <div>
          <Text size="small" className="text-ui-fg-subtle">{t.overview.vat}</Text>
          <Text>{organization.vat_number ?? "—"}</Text>
        </div>
      </Container>
      <section aria-labelledby="permissions-heading" className="flex flex-col gap-2">
        <Heading level="h2" id="permissions-heading">{t.overview.permissions}</Heading>
        <ul className="list-disc pl-5">
          {membership.permissions.map((permission) => (
            <li key={permission}>{c.permissions[permission]}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
