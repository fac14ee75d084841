import { Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { signIn } from "@/actions/session"
import { ActionForm } from "@/components/action-form"
import { Field } from "@/components/field"
import { translate } from "@/i18n"
import auth from "@/i18n/auth"

export const metadata: Metadata = { title: "Sign in" }

export default async function SignIn({ searchParams }: { searchParams: Promise<{ next?: string; reason?: string }> }) {
  const { next, reason } = await searchParams
  const t = await translate(auth)
  const back = next ? `?next=${encodeURIComponent(next)}` : ""
  return (
    <section className="mx-auto flex max-w-md flex-col gap-6">
      <Heading level="h1">{t.signIn.title}</Heading>
      {reason ? (
        <Text role="status" className="text-ui-fg-subtle">
          {t.signIn.expired}
        </Text>
      ) : null}
      <ActionForm action={signIn} submitLabel={t.signIn.submit}>
        <input type="hidden" name="next" value={next ?? ""} />
        <Field label={t.signIn.email} name="email" type="email" autoComplete="email" required />
        <Field label={t.signIn.password} name="password" type="password" autoComplete="current-password" required />
      </ActionForm>
      <Text>
        {t.signIn.noAccount} <Link className="text-ui-fg-interactive" href={`/register${back}`}>{t.signIn.register}</Link>
      </Text>
      <Text>
        {t.signIn.business} <Link className="text-ui-fg-interactive" href="/account-request">{t.signIn.request}</Link>
      </Text>
    </section>
  )
}
