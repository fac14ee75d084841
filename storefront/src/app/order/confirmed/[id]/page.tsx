import { Text } from "@medusajs/ui"
import Link from "next/link"
import { PageHeader } from "@/components/page-header"
import { fill, translate } from "@/i18n"
import shop from "@/i18n/shop"
import { requireLogin } from "@/lib/acting"

/** Medusa's own order (the customer's), right after completion; the zone's page follows. */
export default async function Confirmed({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ organization?: string }> }) {
  const { id } = await params
  const { organization } = await searchParams
  const { sdk } = await requireLogin()
  const { order } = await sdk.store.order.retrieve(id, { fields: "id,display_id" })
  const t = await translate(shop)
  return (
    <>
      <PageHeader title={t.confirmed.title} />
      <Text role="status">{fill(t.confirmed.body, { number: order.display_id ?? "" })}</Text>
      {organization ? (
        <Link className="text-ui-fg-interactive" href={`/account/${organization}/orders/${order.id}`}>
          {t.confirmed.view}
        </Link>
      ) : null}
    </>
  )
}
