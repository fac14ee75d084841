import Link from "next/link"
import { notFound } from "next/navigation"
import { deleteLocation, updateLocation } from "@/actions/addresses"
import { ActionForm } from "@/components/action-form"
import { LocationFields } from "@/components/location-fields"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import addresses from "@/i18n/addresses"
import { actingFor } from "@/lib/acting"
import { isNotFound } from "@/lib/failure"
import { medusa } from "@/lib/medusa"

export default async function EditAddress({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params
  const { can } = await actingFor(org)
  if (!can("addresses.manage")) notFound()
  const { b2b } = await medusa()
  const location = await b2b.store.organizations.locations
    .retrieve(org, id)
    .then((answer) => answer.location)
    .catch((error) => (isNotFound(error) ? notFound() : Promise.reject(error)))
  const t = await translate(addresses)
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={fill(t.editTitle, { label: location.label })}>
        <Link className="text-ui-fg-interactive" href={`/account/${org}/addresses`}>
          {t.back}
        </Link>
      </PageHeader>
      <ActionForm action={updateLocation.bind(null, org, location.id)} submitLabel={t.save}>
        <LocationFields labels={t.fields} values={location} />
      </ActionForm>
      <ActionForm action={deleteLocation.bind(null, org, location.id)} submitLabel={t.delete} variant="danger" />
    </div>
  )
}
