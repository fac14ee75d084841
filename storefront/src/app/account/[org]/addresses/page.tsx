import { Container, Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { addLocation } from "@/actions/addresses"
import { ActionForm } from "@/components/action-form"
import { AddressBlock } from "@/components/address-block"
import { LocationFields } from "@/components/location-fields"
import { PageHeader } from "@/components/page-header"
import { translate } from "@/i18n"
import addresses from "@/i18n/addresses"
import { actingFor } from "@/lib/acting"
import { medusa } from "@/lib/medusa"

export default async function Addresses({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params
  const { can } = await actingFor(org)
  const manager = can("addresses.manage")
  const { b2b } = await medusa()
  const { locations } = await b2b.store.organizations.locations.list(org, { limit: 50 })
  const t = await translate(addresses)
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t.title} subtitle={manager ? t.managers : t.members} />
      {locations.length ? (
        <ul className="grid gap-4 sm:grid-cols-2">
          {locations.map((location) => (
            <li key={location.id}>
              <Container className="flex flex-col gap-2" data-testid="location">
                <Heading level="h2">{location.label}</Heading>
                <AddressBlock address={location} />
                {manager ? (
                  <Link className="text-ui-fg-interactive text-sm" href={`/account/${org}/addresses/${location.id}`} aria-label={`${t.edit}: ${location.label}`}>
                    {t.edit}
                  </Link>
                ) : null}
              </Container>
            </li>
          ))}
        </ul>
      ) : (
        <Text>{t.empty}</Text>
      )}
      {manager ? (
        <section aria-labelledby="add-location" className="flex flex-col gap-3">
          <Heading level="h2" id="add-location">{t.add}</Heading>
          <ActionForm action={addLocation.bind(null, org)} submitLabel={t.add}>
            <LocationFields labels={t.fields} prefix="new-" />
          </ActionForm>
        </section>
      ) : null}
    </div>
  )
}
