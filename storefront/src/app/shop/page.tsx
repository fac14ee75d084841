import { Container, Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { addToCart, chooseBuyer } from "@/actions/cart"
import { ActionForm } from "@/components/action-form"
import { SelectField } from "@/components/choice"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { currentLocale, fill, translate } from "@/i18n"
import shop from "@/i18n/shop"
import { buyerOrganizations, buyingFor, shopRegion } from "@/lib/cart"
import { money } from "@/lib/format"
import { medusa } from "@/lib/medusa"
import { authToken } from "@/lib/session"

export const metadata: Metadata = { title: "Shop" }

/** A minimal catalogue: enough to show buying for an organization. */
export default async function Shop() {
  const t = await translate(shop)
  const locale = await currentLocale()
  const signedIn = Boolean(await authToken())
  const { sdk } = await medusa()
  const region = await shopRegion()
  const products = await sdk.store.product
    .list({ limit: 24, fields: "id,title,description,*variants,*variants.calculated_price", ...(region ? { region_id: region } : {}) })
    .then((answer) => ({ list: answer.products, refused: null as string | null }))
    .catch((error: Error) => ({ list: [], refused: error.message }))
  const buyers = signedIn ? await buyerOrganizations() : []
  const buyer = signedIn ? await buyingFor() : null
  return (
    <>
      <PageHeader title={t.shop.title} />
      {signedIn ? (
        <form action={chooseBuyer} className="mb-6 flex flex-wrap items-end gap-2" aria-describedby="buyer-hint">
          <SelectField
            label={t.shop.buyingFor}
            name="organization_id"
            defaultValue={buyer ?? ""}
            options={[...buyers.map((o) => ({ value: o.id, label: o.name })), { value: "", label: t.shop.privately }]}
          />
          <button type="submit" className="h-8 rounded-md border border-ui-border-base px-3 text-sm">
            {t.shop.choose}
          </button>
          <Text size="small" id="buyer-hint" className="text-ui-fg-subtle w-full">
            {t.shop.changeWarning}
          </Text>
        </form>
      ) : (
        <Text className="mb-6">
          <Link className="text-ui-fg-interactive" href="/sign-in?next=/shop">
            {t.shop.signIn}
          </Link>
        </Text>
      )}
      {products.refused ? <Text role="alert">{fill(t.shop.unavailable, { reason: products.refused })}</Text> : null}
      {!products.refused && !products.list.length ? <Text>{t.shop.empty}</Text> : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {products.list.map((product) => (
          <li key={product.id}>
            <Container className="flex h-full flex-col gap-3">
              <Heading level="h2">{product.title}</Heading>
              {product.description ? <Text size="small" className="text-ui-fg-subtle">{product.description}</Text> : null}
              {(product.variants ?? []).map((variant) => (
                <div key={variant.id} className="flex flex-col gap-2">
                  <Text>
                    {(product.variants?.length ?? 0) > 1 ? `${variant.title}: ` : ""}
                    {money(locale, variant.calculated_price?.calculated_amount, variant.calculated_price?.currency_code)}
                  </Text>
                  {signedIn ? (
                    <ActionForm action={addToCart.bind(null, variant.id)} submitLabel={t.shop.add} inline aria-label={`${t.shop.add}: ${product.title}`}>
                      <Field label={t.shop.quantity} name="quantity" id={`quantity-${variant.id}`} type="number" min={1} max={999} defaultValue={1} className="w-20" />
                    </ActionForm>
                  ) : null}
                </div>
              ))}
            </Container>
          </li>
        ))}
      </ul>
    </>
  )
}
