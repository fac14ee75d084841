import { Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { openPortal } from "@/actions/portal"
import { ActionForm } from "@/components/action-form"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { translate } from "@/i18n"
import publicPages from "@/i18n/public"
import { portalToken } from "@/lib/session"

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(publicPages)).portal.title }
}

/** Seed 003: a portal code (an organization's or a location's), plus a token for one installation. */
export default async function Portal({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  const { expired } = await searchParams
  const t = (await translate(publicPages)).portal
  const open = !expired && Boolean(await portalToken())
  return (
    <section className="mx-auto flex max-w-md flex-col">
      <PageHeader title={t.title} subtitle={t.intro} />
      {expired ? (
        <Text role="status" className="mb-4 text-ui-fg-error">
          {t.expired}
        </Text>
      ) : null}
      {open ? (
        <Text className="mb-4">
          {t.open} <Link className="text-ui-fg-interactive" href="/portal/view">{t.continue}</Link>
        </Text>
      ) : null}
      <ActionForm action={openPortal} submitLabel={t.submit}>
        <Field label={t.code} name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={64} hint={t.codeHint} required />
        <Field label={t.token} name="token" autoComplete="off" spellCheck={false} maxLength={64} hint={t.tokenHint} />
      </ActionForm>
    </section>
  )
}
