import { Container, Heading, Text } from "@medusajs/ui"
import { RefusedPage, inactiveMembership } from "@/components/notice"
import { PageHeader } from "@/components/page-header"
import { Pagination } from "@/components/pagination"
import { currentLocale, fill, translate } from "@/i18n"
import common from "@/i18n/common"
import entitlements from "@/i18n/entitlements"
import { actingFor, requireLogin } from "@/lib/acting"
import { date } from "@/lib/format"

const LIMIT = 20

/** Seed 000, "online bibliotheek": the publications of the running subscriptions I hold a seat in. */
export default async function Library({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ offset?: string }> }) {
  const { org } = await params
  const offset = Math.max(0, Number((await searchParams).offset) || 0)
  const { membership, can } = await actingFor(org)
  const t = (await translate(entitlements)).library
  const c = await translate(common)
  const locale = await currentLocale()
  const refused = inactiveMembership(membership.status, c.codes) ?? (can("library.view") ? null : c.codes.permission_required)
  if (refused) return <RefusedPage title={t.title} message={refused} />

  const { b2b } = await requireLogin()
  const { publications, count } = await b2b.store.organizations.library(org, { limit: LIMIT, offset })
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t.title} subtitle={t.intro} />
      {publications.length ? (
        <ul className="grid gap-4 sm:grid-cols-2">
          {publications.map((publication) => (
            <li key={publication.entitlement_id} data-testid="publication">
              <Container className="flex h-full gap-4">
                {publication.product?.thumbnail ? (
                  // A plain img: the shop's image host needs no configuration in the zone.
                  <img src={publication.product.thumbnail} alt="" className="h-24 w-20 rounded object-cover" />
                ) : null}
                <div className="flex flex-col gap-1">
                  <Heading level="h2">{publication.product?.title ?? publication.title}</Heading>
                  {publication.product?.subtitle ? <Text className="text-ui-fg-subtle">{publication.product.subtitle}</Text> : null}
                  {publication.product?.description ? <Text size="small">{publication.product.description}</Text> : null}
                  <Text size="small" className="text-ui-fg-subtle">
                    {publication.ends_at ? fill(t.until, { date: date(locale, publication.ends_at) }) : t.ongoing}
                  </Text>
                </div>
              </Container>
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t.empty}</Text>
      )}
      <Pagination path={`/account/${org}/library`} offset={offset} limit={LIMIT} count={count} />
    </div>
  )
}
