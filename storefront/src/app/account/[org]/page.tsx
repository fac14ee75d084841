import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { currentLocale, fill, translate } from "@/i18n"
import account from "@/i18n/account"
import common from "@/i18n/common"
import { actingFor, requireLogin } from "@/lib/acting"
import { amounts, date, money } from "@/lib/format"

export default async function Overview({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params
  const { organization, membership } = await actingFor(org)
  const t = await translate(account)
  const c = await translate(common)
  const locale = await currentLocale()
  // How the limit stands this period, from the ledger the checkout decides from (active members only).
  const spending =
    membership.status === "active" && membership.spending_limit
      ? (await (await requireLogin()).b2b.store.organizations.me.spending(org)).spending
      : null
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
        {spending?.limits.length ? (
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              {fill(t.overview.spentSince, { since: date(locale, spending.since) })}
            </Text>
            {spending.limits.map((use) => (
              <Text key={use.currency_code} data-testid={`spent-${use.currency_code}`}>
                {fill(t.overview.spentOf, {
                  spent: money(locale, use.spent, use.currency_code),
                  limit: money(locale, use.limit, use.currency_code),
                  remaining: money(locale, use.remaining, use.currency_code),
                })}
              </Text>
            ))}
          </div>
        ) : null}
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
