import { Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { translate } from "@/i18n"
import publicPages from "@/i18n/public"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).received.title }
}

/** After the request: waiting for the merchant, or (an `open` group) approved at once and e-mailed. */
export default async function RequestReceived({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status } = await searchParams
  const t = (await translate(publicPages)).received
  return (
    <section className="mx-auto flex max-w-xl flex-col gap-4">
      <Heading level="h1">{t.title}</Heading>
      <Text role="status">{status === "approved" ? t.approved : t.pending}</Text>
      <Link className="text-ui-fg-interactive" href="/">
        {t.home}
      </Link>
    </section>
  )
}
